package nl.vidcat.export;

import java.util.LinkedHashSet;
import java.util.Set;

/** Simple Dublin Core ({@code oai_dc}) from the NL-LOM mapping, for harvesters that only speak the OAI minimum. */
final class DublinCore {

    private static final String DC = OaiPmhWriter.DC;
    private static final String OAI_DC = OaiPmhWriter.OAI_DC;

    private DublinCore() {
    }

    static void write(XmlOut x, LomRecord lom) {
        x.prefix("oai_dc", OAI_DC);
        x.prefix("dc", DC);
        x.start(OAI_DC, "dc").namespace("oai_dc", OAI_DC).namespace("dc", DC)
                .attr("xsi", NlLom.XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        dc(x, "title", lom.title());
        // authors are only consenting makers; otherwise the school, exactly as in the LOM record
        (lom.authors().isEmpty() ? lom.publishers() : lom.authors()).forEach(a -> dc(x, "creator", a));
        Set<String> subjects = new LinkedHashSet<>();
        lom.taxons(NlLom.DISCIPLINE).forEach(t -> subjects.add(t.label()));
        subjects.addAll(lom.keywords());
        lom.taxons(NlLom.EDUCATIONAL_OBJECTIVE).forEach(t -> subjects.add(t.label()));
        subjects.forEach(s -> dc(x, "subject", s));
        dc(x, "description", lom.description());
        lom.publishers().forEach(p -> dc(x, "publisher", p));
        if (lom.publishDate() != null) {
            dc(x, "date", lom.publishDate());
        }
        dc(x, "type", "MovingImage");
        lom.formats().forEach(f -> dc(x, "format", f));
        dc(x, "identifier", lom.catalogEntry());
        lom.locations().stream().findFirst().ifPresent(l -> dc(x, "identifier", l));
        dc(x, "language", lom.textLanguage());
        if (lom.licenceText() != null && !lom.licenceText().isBlank()) {
            dc(x, "rights", lom.licenceText());
        }
        x.end();
    }

    private static void dc(XmlOut x, String name, String value) {
        x.leaf(DC, name, value);
    }
}
