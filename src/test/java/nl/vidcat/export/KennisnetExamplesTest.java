package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.stage.Progress;
import nl.vidcat.vocab.Normalizer;
import nl.vidcat.vocab.Vocabularies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kennisnet's example NL-LOM records are the reference for what Edurep expects: they must parse and validate, their
 * vocabulary terms must be ones vidcat knows, and every element they fill must be filled in vidcat's records too.
 */
class KennisnetExamplesTest {

    /** The essential elements of the mandatory example (nllom-verplicht.xml), as paths vidcat's records must have. */
    static final List<String> ESSENTIAL = List.of(
            "/lom:lom/lom:general/lom:title/lom:langstring",
            "/lom:lom/lom:general/lom:catalogentry/lom:catalog",
            "/lom:lom/lom:general/lom:catalogentry/lom:entry/lom:langstring",
            "/lom:lom/lom:general/lom:language",
            "/lom:lom/lom:general/lom:aggregationlevel/lom:value/lom:langstring",
            "/lom:lom/lom:metametadata/lom:metadatascheme",
            "/lom:lom/lom:technical/lom:location",
            "/lom:lom/lom:educational/lom:intendedenduserrole/lom:value/lom:langstring",
            "/lom:lom/lom:educational/lom:context/lom:value/lom:langstring",
            "/lom:lom/lom:educational/lom:typicalagerange/lom:langstring",
            "/lom:lom/lom:rights/lom:cost/lom:value/lom:langstring",
            "/lom:lom/lom:rights/lom:copyrightandotherrestrictions/lom:value/lom:langstring",
            "/lom:lom/lom:rights/lom:description/lom:langstring",
            "/lom:lom/lom:classification[lom:purpose/lom:value/lom:langstring='discipline']/lom:taxonpath/lom:taxon/lom:id",
            "/lom:lom/lom:classification[lom:purpose/lom:value/lom:langstring='educational level']/lom:taxonpath/lom:taxon/lom:id");

    /** Recommended elements (nllom-aanbevolen.xml) vidcat fills as well. */
    static final List<String> RECOMMENDED = List.of(
            "/lom:lom/lom:general/lom:description/lom:langstring",
            "/lom:lom/lom:general/lom:keyword/lom:langstring",
            "/lom:lom/lom:lifecycle/lom:contribute/lom:centity/lom:vcard",
            "/lom:lom/lom:lifecycle/lom:contribute/lom:date/lom:datetime",
            "/lom:lom/lom:technical/lom:format",
            "/lom:lom/lom:educational/lom:learningresourcetype/lom:value/lom:langstring",
            "/lom:lom/lom:relation/lom:kind/lom:value/lom:langstring",
            "/lom:lom/lom:relation/lom:resource/lom:catalogentry/lom:entry/lom:langstring");

    @TempDir
    Path tmp;

    static Path example(String name) {
        return Shared.dir().resolve("reference/edurep").resolve(name);
    }

    @Test
    void examplesParseAndValidate() throws Exception {
        for (String f : List.of("nllom-verplicht.xml", "nllom-aanbevolen.xml")) {
            Xml.parse(example(f)).validate(Shared.lomSchema(), f);
        }
    }

    @Test
    void theExamplesTermsMapToVidcatsVocabularies() throws Exception {
        Xml x = Xml.parse(example("nllom-verplicht.xml"));
        String discipline = x.text(ESSENTIAL.get(13));
        var subject = Normalizer.standard().subject(discipline);
        assertTrue(subject.known(), "the example's discipline UUID is a known VO subject");
        assertEquals(x.text("//lom:classification[lom:purpose/lom:value/lom:langstring='discipline']"
                + "//lom:entry/lom:langstring"), subject.label());
        assertEquals("VO", x.text(ESSENTIAL.get(8)));
        assertEquals("learner", x.text(ESSENTIAL.get(7)));
        assertEquals("no", x.text(ESSENTIAL.get(10)));
        assertEquals("2", x.text(ESSENTIAL.get(4)));
        assertEquals(List.of("LOMv1.0", "nl_lom_v1p0"), x.texts(ESSENTIAL.get(5)));
        // the vocabulary sources vidcat writes are the ones of the example, except the two vocabularies NL-LOM
        // replaced in 2018 (licence codes and classification purposes), for which vidcat uses the newer sources
        for (String el : List.of("aggregationlevel", "intendedenduserrole", "context", "cost")) {
            String source = x.text("//lom:" + el + "/lom:source/lom:langstring");
            assertTrue(List.of(NlLom.AGGREGATION_LEVEL, NlLom.END_USER_ROLE, NlLom.CONTEXT, NlLom.COST).contains(source), source);
        }
        assertEquals(NlLom.OBK, x.text("//lom:taxonpath/lom:source/lom:langstring"));
        Xml rec = Xml.parse(example("nllom-aanbevolen.xml"));
        assertEquals(NlLom.CONTRIBUTE_ROLE, rec.text("//lom:lifecycle/lom:contribute/lom:role/lom:source/lom:langstring"));
        assertEquals(NlLom.RELATION_KIND, rec.text("//lom:relation/lom:kind/lom:source/lom:langstring"));
        assertEquals(NlLom.LEARNING_RESOURCE_TYPE, rec.text("//lom:learningresourcetype/lom:source/lom:langstring"));
        assertTrue(Vocabularies.get().licences().byId("cc-by-sa-40").isPresent());
    }

    @Test
    void everyElementTheExamplesFillIsFilledByVidcat() throws Exception {
        ExportFixtures fx = new ExportFixtures(tmp);
        fx.approved("breuken-3f9a2c1d");
        new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                .withBaseUrl(ExportFixtures.BASE), Progress.NONE);
        Xml ours = Xml.parse(tmp.resolve("out/breuken-3f9a2c1d.xml"));
        Xml mandatory = Xml.parse(example("nllom-verplicht.xml"));
        Xml recommended = Xml.parse(example("nllom-aanbevolen.xml"));
        for (String path : ESSENTIAL) {
            assertTrue(mandatory.count(path) > 0, "example has " + path);
            assertTrue(ours.count(path) > 0, "vidcat's record lacks " + path);
        }
        for (String path : RECOMMENDED) {
            assertTrue(recommended.count(path) > 0, "example has " + path);
            assertTrue(ours.count(path) > 0, "vidcat's record lacks " + path);
        }
    }
}
