package nl.vidcat.export;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link LomRecord} as an NL-LOM {@code <lom>} element (IMS Metadata 1.2.4 binding), in the element order
 * {@code imsmd_v1p2p4.xsd} requires. Used standalone (default namespace) and embedded in IMS manifests and OAI-PMH
 * responses.
 */
final class LomXml {

    private static final String NS = NlLom.NS;

    private LomXml() {
    }

    /** A standalone record document with the default namespace and a schema location. */
    static byte[] document(LomRecord r) {
        return XmlOut.bytes(x -> declared(x, r, true));
    }

    /**
     * A {@code lom} element that declares its own (default) namespace, as a standalone record and inside OAI-PMH
     * responses, where harvesters expect {@code <lom xmlns="…imsmd_v1p2">}.
     *
     * @param declareXsi false when an enclosing element already binds the xsi prefix
     */
    static void declared(XmlOut x, LomRecord r, boolean declareXsi) {
        x.prefix("", NS);
        x.prefix("xsi", NlLom.XSI);
        x.start(NS, "lom").namespace("", NS);
        if (declareXsi) {
            x.namespace("xsi", NlLom.XSI);
        }
        x.attr("xsi", NlLom.XSI, "schemaLocation", NS + " " + NlLom.SCHEMA_LOCATION);
        body(x, r);
        x.end();
    }

    /** The {@code lom} element; the caller has bound the namespace (to "" or "imsmd"). */
    static void element(XmlOut x, LomRecord r) {
        x.start(NS, "lom");
        body(x, r);
        x.end();
    }

    /** The LOM categories, in the order the schema requires. */
    private static void body(XmlOut x, LomRecord r) {
        String lang = r.textLanguage();
        general(x, r, lang);
        lifecycle(x, r);
        metametadata(x, lang);
        technical(x, r);
        educational(x, r);
        rights(x, r);
        relation(x, r);
        classifications(x, r);
    }

    private static void general(XmlOut x, LomRecord r, String lang) {
        x.start(NS, "general");
        langstrings(x, "title", lang, r.title());
        x.start(NS, "catalogentry").leaf(NS, "catalog", "URI");
        langstrings(x, "entry", NlLom.NONE, r.catalogEntry());
        x.end();
        x.leaf(NS, "language", lang);
        langstrings(x, "description", lang, r.description());
        for (String k : r.keywords()) {
            langstrings(x, "keyword", lang, k);
        }
        vocabulary(x, "aggregationlevel", NlLom.AGGREGATION_LEVEL, String.valueOf(r.aggregationLevel()));
        x.end();
    }

    private static void lifecycle(XmlOut x, LomRecord r) {
        x.start(NS, "lifecycle");
        // makers without consent are never named: the school (group) is credited as the author instead
        List<String> authors = r.authors().isEmpty()
                ? r.publishers().stream().map(VCard::organisation).toList()
                : r.authors().stream().map(VCard::person).toList();
        if (!authors.isEmpty()) {
            contribute(x, "author", authors, null);
        }
        contribute(x, "publisher", r.publishers().stream().map(VCard::organisation).toList(), r.publishDate());
        x.end();
    }

    private static void metametadata(XmlOut x, String lang) {
        x.start(NS, "metametadata");
        x.leaf(NS, "metadatascheme", "LOMv1.0");
        x.leaf(NS, "metadatascheme", "nl_lom_v1p0");
        x.leaf(NS, "language", lang);
        x.end();
    }

    private static void technical(XmlOut x, LomRecord r) {
        x.start(NS, "technical");
        r.formats().forEach(f -> x.leaf(NS, "format", f));
        if (r.sizeBytes() != null && r.sizeBytes() <= Integer.MAX_VALUE) {
            // the binding types size as xsd:int; a bigger file simply goes without
            x.leaf(NS, "size", String.valueOf(r.sizeBytes()));
        }
        r.locations().forEach(l -> x.leaf(NS, "location", l));
        if (r.durationSeconds() != null) {
            x.start(NS, "duration").leaf(NS, "datetime", isoDuration(r.durationSeconds())).end();
        }
        x.end();
    }

    private static void educational(XmlOut x, LomRecord r) {
        x.start(NS, "educational");
        vocabulary(x, "learningresourcetype", NlLom.LEARNING_RESOURCE_TYPE, "informatiebron");
        vocabulary(x, "intendedenduserrole", NlLom.END_USER_ROLE, "learner");
        vocabulary(x, "context", NlLom.CONTEXT, "VO");
        langstrings(x, "typicalagerange", NlLom.NONE, r.typicalAgeRange());
        x.end();
    }

    private static void rights(XmlOut x, LomRecord r) {
        x.start(NS, "rights");
        vocabulary(x, "cost", NlLom.COST, "no");
        vocabulary(x, "copyrightandotherrestrictions", NlLom.copyrightSource(r.licenceCode()), r.licenceCode());
        // a licence URL is language-neutral; the sentence for mixed or missing licences is Dutch
        langstrings(x, "description", r.licenceText().startsWith("http") ? NlLom.NONE : "nl", r.licenceText());
        x.end();
    }

    /** The poster as a thumbnail relation, when the export has one. */
    private static void relation(XmlOut x, LomRecord r) {
        if (r.thumbnailUrl() != null) {
            x.start(NS, "relation");
            vocabulary(x, "kind", NlLom.RELATION_KIND, "thumbnail");
            x.start(NS, "resource").start(NS, "catalogentry").leaf(NS, "catalog", "URI");
            langstrings(x, "entry", NlLom.NONE, r.thumbnailUrl());
            x.end().end().end();
        }
    }

    private static void classifications(XmlOut x, LomRecord r) {
        for (LomRecord.Classification c : r.classifications()) {
            x.start(NS, "classification");
            vocabulary(x, "purpose", NlLom.PURPOSE, c.purpose());
            for (LomRecord.TaxonPath p : c.paths()) {
                x.start(NS, "taxonpath");
                langstrings(x, "source", NlLom.NONE, p.source());
                for (LomRecord.Taxon t : p.taxons()) {
                    x.start(NS, "taxon").leaf(NS, "id", t.id());
                    langstrings(x, "entry", t.lang(), t.label());
                    x.end();
                }
                x.end();
            }
            x.end();
        }
    }

    private static void contribute(XmlOut x, String role, List<String> vcards, String date) {
        x.start(NS, "contribute");
        vocabulary(x, "role", NlLom.CONTRIBUTE_ROLE, role);
        for (String v : vcards) {
            x.start(NS, "centity").leaf(NS, "vcard", v).end();
        }
        if (date != null) {
            x.start(NS, "date").leaf(NS, "datetime", date).end();
        }
        x.end();
    }

    private static void vocabulary(XmlOut x, String element, String source, String value) {
        x.start(NS, element);
        langstrings(x, "source", NlLom.NONE, source);
        langstrings(x, "value", NlLom.NONE, value);
        x.end();
    }

    private static void langstrings(XmlOut x, String element, String lang, String value) {
        x.start(NS, element);
        x.start(NS, "langstring").attr("xml", NlLom.XML_NS, "lang", lang).text(value).end();
        x.end();
    }

    static String isoDuration(double seconds) {
        long s = Math.round(seconds);
        StringBuilder sb = new StringBuilder("PT");
        if (s >= 3600) {
            sb.append(s / 3600).append('H');
        }
        if (s % 3600 >= 60) {
            sb.append(s % 3600 / 60).append('M');
        }
        if (s % 60 != 0 || s == 0) {
            sb.append(s % 60).append('S');
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
