package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;

class NlLomExportTest extends ExportTestBase {

    private ExportResult export(String... ids) throws Exception {
        return new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                .withBaseUrl(ExportFixtures.BASE + "/").withIds(List.of(ids)), Progress.NONE);
    }

    @Test
    void everyRecordValidatesAndCarriesTheEdurepMandatorySet() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        fx.approved("vmbo-grafieken-11aa22bb", "Grafieken lezen", "wiskunde", "vmbo-gt", "1-2", "");
        fx.approved("po-tafels-99aa22bb", "Tafels", "Lichamelijke opvoeding", "", "", "KD57");
        ExportResult r = export();
        assertEquals(3, r.exported().size(), r.toString());
        for (String id : r.exported()) {
            Xml x = Xml.parse(tmp.resolve("out/" + id + ".xml")).validate(Shared.lomSchema(), id);
            assertEquals(List.of("LOMv1.0", "nl_lom_v1p0"), x.texts("/lom:lom/lom:metametadata/lom:metadatascheme"));
            assertEquals("URI", x.text("//lom:general/lom:catalogentry/lom:catalog"));
            assertEquals("urn:vidcat:catalog:" + id, x.text("//lom:general/lom:catalogentry/lom:entry/lom:langstring"));
            assertEquals("nl", x.text("//lom:general/lom:language"));
            assertEquals("nl", x.text("//lom:general/lom:title/lom:langstring/@xml:lang"));
            assertFalse(x.text("//lom:general/lom:description/lom:langstring").isBlank());
            assertEquals("video/mp4", x.text("//lom:technical/lom:format[1]"));
            assertEquals(ExportFixtures.BASE + "/" + id + "/index.html", x.text("//lom:technical/lom:location[1]"));
            assertEquals(ExportFixtures.BASE + "/" + id + "/video-720p.mp4", x.text("//lom:technical/lom:location[2]"));
            assertEquals("PT1M35S", x.text("//lom:technical/lom:duration/lom:datetime"));
            vocabulary(x, "//lom:educational/lom:learningresourcetype", NlLom.LEARNING_RESOURCE_TYPE, "informatiebron");
            vocabulary(x, "//lom:educational/lom:intendedenduserrole", NlLom.END_USER_ROLE, "learner");
            vocabulary(x, "//lom:educational/lom:context", NlLom.CONTEXT, "VO");
            vocabulary(x, "//lom:rights/lom:cost", NlLom.COST, "no");
            vocabulary(x, "//lom:rights/lom:copyrightandotherrestrictions", NlLom.COPYRIGHT, "cc-by-sa-40");
            assertEquals("https://creativecommons.org/licenses/by-sa/4.0/",
                    x.text("//lom:rights/lom:description/lom:langstring"));
            String publisher = x.text("//lom:lifecycle/lom:contribute[lom:role/lom:value/lom:langstring='publisher']"
                    + "/lom:centity/lom:vcard");
            assertTrue(publisher.contains("VERSION:3.0") && publisher.contains("FN:Het Baken College"), publisher);
            assertEquals("2026-09-10T12:30:00Z", x.text("//lom:contribute[lom:role/lom:value/lom:langstring="
                    + "'publisher']/lom:date/lom:datetime"));
            vocabulary(x, "//lom:classification[lom:purpose/lom:value/lom:langstring='access rights']/lom:purpose",
                    NlLom.PURPOSE, "access rights");
            assertEquals("OpenAccess", x.text("//lom:classification[lom:purpose/lom:value/lom:langstring="
                    + "'access rights']/lom:taxonpath/lom:taxon/lom:id"));
            assertEquals(NlLom.ACCESS_RIGHTS, x.text("//lom:classification[lom:purpose/lom:value/lom:langstring="
                    + "'access rights']/lom:taxonpath/lom:source/lom:langstring"));
            // every vocabulary value and source is language-neutral
            assertEquals(0, x.count("//lom:source/lom:langstring[not(@xml:lang='x-none')]"));
            assertEquals(0, x.count("//lom:value/lom:langstring[not(@xml:lang='x-none')]"));
            assertEquals(ExportFixtures.BASE + "/" + id + "/poster.jpg",
                    x.text("//lom:relation/lom:resource/lom:catalogentry/lom:entry/lom:langstring"));
        }

        Xml havo = Xml.parse(tmp.resolve("out/breuken-3f9a2c1d.xml"));
        assertEquals(NlLom.AGGREGATION_LEVEL, havo.text("//lom:aggregationlevel/lom:source/lom:langstring"));
        assertEquals("12-13", havo.text("//lom:typicalagerange/lom:langstring"));
        assertEquals(List.of("Wiskunde"), havo.texts(taxonLabels("discipline")));
        assertEquals(List.of("2a1401e9-c223-493b-9b86-78f6993b1a8d", "a3ddbe60-8478-4204-b769-6f5e9f4cbca2",
                        havoYear1()),
                havo.texts(path("educational level") + "/lom:taxon/lom:id"));
        assertEquals(List.of("Voortgezet onderwijs", "HAVO", "HAVO, 1"),
                havo.texts(path("educational level") + "/lom:taxon/lom:entry/lom:langstring"));
        assertEquals(2, havo.count(path("educational objective")));
        assertTrue(havo.texts(taxonLabels("educational objective")).get(0).startsWith("VO Kerndoel 22"));

        Xml vmbo = Xml.parse(tmp.resolve("out/vmbo-grafieken-11aa22bb.xml"));
        assertEquals("2", vmbo.text("//lom:aggregationlevel/lom:value/lom:langstring"));
        assertEquals("12-14", vmbo.text("//lom:typicalagerange/lom:langstring"));
        // gemengde and theoretische leerweg, years 1 and 2: four OBK paths below VMBO
        assertEquals(4, vmbo.count(path("educational level")));
        assertEquals(0, vmbo.count(path("educational objective")));

        Xml noLevel = Xml.parse(tmp.resolve("out/po-tafels-99aa22bb.xml"));
        assertEquals("12-18", noLevel.text("//lom:typicalagerange/lom:langstring"));
        assertEquals(List.of("Voortgezet onderwijs"), noLevel.texts(taxonLabels("educational level")));
    }

    /** Edurep gives a video level 2, with or without kerndoelen (see NlLom.VIDEO_AGGREGATION_LEVEL). */
    @Test
    void everyVideoIsAggregationLevelTwoWithOrWithoutKerndoelen() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        fx.approved("vmbo-grafieken-11aa22bb", "Grafieken lezen", "wiskunde", "vmbo-gt", "1-2", "");
        export();
        Xml withGoals = Xml.parse(tmp.resolve("out/breuken-3f9a2c1d.xml"));
        assertEquals(2, withGoals.count(path("educational objective")), "the fixture has kerndoelen");
        for (String id : List.of("breuken-3f9a2c1d", "vmbo-grafieken-11aa22bb")) {
            Xml x = Xml.parse(tmp.resolve("out/" + id + ".xml"));
            assertEquals("2", x.text("//lom:general/lom:aggregationlevel/lom:value/lom:langstring"), id);
            assertEquals(NlLom.NONE, x.text("//lom:general/lom:aggregationlevel/lom:value/lom:langstring/@xml:lang"));
        }
    }

    /** The access rights taxon as Edurep writes it (NlLom.OPEN_ACCESS_LABEL): id OpenAccess, "open toegang" in Dutch. */
    @Test
    void accessRightsAreOpenToegangInDutch() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        export();
        Xml x = Xml.parse(tmp.resolve("out/breuken-3f9a2c1d.xml")).validate(Shared.lomSchema(), "access rights");
        String taxon = path("access rights") + "/lom:taxon";
        assertEquals(1, x.count(taxon));
        assertEquals("OpenAccess", x.text(taxon + "/lom:id"));
        assertEquals("open toegang", x.text(taxon + "/lom:entry/lom:langstring"));
        assertEquals("nl", x.text(taxon + "/lom:entry/lom:langstring/@xml:lang"));
        assertEquals(NlLom.ACCESS_RIGHTS, x.text(path("access rights") + "/lom:source/lom:langstring"));
    }

    private static String havoYear1() throws Exception {
        return nl.vidcat.vocab.Vocabularies.get().levels().lookup("havo").orElseThrow().data()
                .get("years").get("1").get(0).get("id").asText();
    }

    @Test
    void makersAreAuthorsOnlyWithConsentOtherwiseTheSchool() throws Exception {
        VideoRecord yes = fx.approved("met-toestemming-1111aaaa");
        VideoRecord no = fx.published(nl.vidcat.model.RecordFixtures.sample("zonder-toestemming-2222bbbb"));
        Metadata m = no.metadata();
        fx.save(ExportFixtures.withMetadata(no, m.toBuilder()
                .makers(List.of("Kees de Leerling", "Fatima")).consent(null).subtitles(null).build()));
        ExportResult strict = export();
        assertEquals(List.of(yes.id()), strict.exported(), "makers named without consent: a validation error");
        assertTrue(strict.skipped().get(0).message().contains("makers.no-consent"), strict.skipped().toString());
        // a catalog that relaxes the rule still never publishes the names: the school is credited instead
        fx.rule("makers.no-consent", "warning");
        export();
        String with = Files.readString(tmp.resolve("out/" + yes.id() + ".xml"));
        assertTrue(with.contains("FN:Sanne") && with.contains("FN:Daan"), with);
        Xml without = Xml.parse(tmp.resolve("out/zonder-toestemming-2222bbbb.xml"));
        String all = Files.readString(tmp.resolve("out/zonder-toestemming-2222bbbb.xml"));
        assertFalse(all.contains("Kees") || all.contains("Fatima"), all);
        assertTrue(without.text("//lom:contribute[lom:role/lom:value/lom:langstring='author']/lom:centity/lom:vcard")
                .contains("FN:Het Baken College"));
        for (Path f : List.of(tmp.resolve("out/" + yes.id() + ".xml"), tmp.resolve("out/zonder-toestemming-2222bbbb.xml"))) {
            String s = Files.readString(f);
            assertFalse(s.contains("De Vries"), "the teacher is not published");
            assertFalse(s.contains("source.mp4") || s.contains("GPS"), "no source original");
        }
    }

    @Test
    void textIsEscapedAndControlCharactersRemoved() throws Exception {
        fx.rule("text.control-characters", "warning"); // exported anyway: the export must still leave them out
        VideoRecord r = fx.published(nl.vidcat.model.RecordFixtures.sample("escape-3333cccc"));
        Metadata m = r.metadata();
        String title = "Breuken & <script>alert(\"x\")</script> 'deel' \u0001\u0007\u001b2\uFFFE";
        fx.save(ExportFixtures.withMetadata(r, m.toBuilder().title(title)
                .description("A;B, \"C\" \u0000 > D").keywords(List.of("a&b", "<c>")).school("School; Zuid, \\ Noord")
                .subtitles(null).build()));
        export();
        Path f = tmp.resolve("out/escape-3333cccc.xml");
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), raw);
        Xml x = Xml.parse(f).validate(Shared.lomSchema(), "escaped record");
        assertEquals("Breuken & <script>alert(\"x\")</script> 'deel'    2 ", x.text("//lom:general/lom:title/lom:langstring"));
        assertEquals(List.of("a&b", "<c>"), x.texts("//lom:general/lom:keyword/lom:langstring"));
        assertTrue(x.text("//lom:contribute[lom:role/lom:value/lom:langstring='publisher']/lom:centity/lom:vcard")
                .contains("FN:School\\; Zuid\\, \\\\ Noord"));
    }

    @Test
    void baseUrlIsRequiredAndChecked() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        var ex = org.junit.jupiter.api.Assertions.assertThrows(nl.vidcat.io.VidcatException.class, () ->
                new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out")), Progress.NONE));
        assertTrue(ex.getMessage().contains("--base-url"));
        ex = org.junit.jupiter.api.Assertions.assertThrows(nl.vidcat.io.VidcatException.class, () ->
                new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                        .withBaseUrl("ftp://x/?a=1"), Progress.NONE));
        assertTrue(ex.getMessage().contains("http(s)"));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    private static void vocabulary(Xml x, String element, String source, String value) throws Exception {
        assertEquals(source, x.text(element + "/lom:source/lom:langstring"), element);
        assertEquals(value, x.text(element + "/lom:value/lom:langstring"), element);
        assertEquals(NlLom.NONE, x.text(element + "/lom:value/lom:langstring/@xml:lang"), element);
    }

    private static String path(String purpose) {
        return "//lom:classification[lom:purpose/lom:value/lom:langstring='" + purpose + "']/lom:taxonpath";
    }

    private static String taxonLabels(String purpose) {
        return path(purpose) + "/lom:taxon[last()]/lom:entry/lom:langstring";
    }
}
