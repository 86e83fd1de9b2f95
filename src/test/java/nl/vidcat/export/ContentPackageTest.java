package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Normalizer;
import org.junit.jupiter.api.Test;

class ContentPackageTest extends ExportTestBase {

    private ExportResult export(Path out, String collection) throws Exception {
        return new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.IMSCP, out).withCollection(collection),
                Progress.NONE);
    }

    @Test
    void videoPackageHasValidManifestPlayerPageAndMediaButNoOriginal() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        ExportResult r = export(tmp.resolve("out"), null);
        assertEquals(List.of("breuken-3f9a2c1d"), r.exported());
        Map<String, byte[]> zip = entries(tmp.resolve("out/breuken-3f9a2c1d.zip"));
        assertEquals(List.of("imsmanifest.xml", "index.html", "poster.jpg", "subtitles.nl.vtt", "video-720p.mp4"),
                List.copyOf(zip.keySet()));
        assertEquals("fake 720p video of breuken-3f9a2c1d", new String(zip.get("video-720p.mp4"), StandardCharsets.UTF_8));
        Xml m = Xml.parse(zip.get("imsmanifest.xml")).validate(Shared.contentPackageSchema(), "manifest");
        assertEquals("IMS Content", m.text("/cp:manifest/cp:metadata/cp:schema"));
        assertEquals("1.1.4", m.text("/cp:manifest/cp:metadata/cp:schemaversion"));
        assertEquals("Breuken vereenvoudigen", m.text("/cp:manifest/cp:metadata/lom:lom/lom:general/lom:title/lom:langstring"));
        assertEquals(1, m.count("/cp:manifest/cp:resources/cp:resource/cp:metadata/lom:lom"));
        assertEquals("RES-breuken-3f9a2c1d", m.text("//cp:organization/cp:item/@identifierref"));
        assertEquals(List.of("index.html", "video-720p.mp4", "poster.jpg", "subtitles.nl.vtt"),
                m.texts("//cp:resource/cp:file/@href"));
        assertTrue(new String(zip.get("imsmanifest.xml"), StandardCharsets.UTF_8).contains("<imsmd:lom>"));
        String page = new String(zip.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<video controls") && page.contains("poster=\"poster.jpg\"")
                && page.contains("<track kind=\"captions\" src=\"subtitles.nl.vtt\" srclang=\"nl\""), page);
        assertTrue(page.contains("Gemaakt door Sanne en Daan, leerlingen van Het Baken College."), page);
        assertTrue(page.contains("href=\"https://creativecommons.org/licenses/by-sa/4.0/\""), page);
        zip.keySet().forEach(n -> assertTrue(DeterministicZip.isSafe(n), n));
    }

    @Test
    void collectionPackageListsAllVideosAndValidates() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        fx.approved("procenten-4e5f6a7b", "Procenten <berekenen> & \"afronden\"", "wiskunde", "vwo", "2", "KD23");
        ExportResult r = export(tmp.resolve("out"), "Wiskunde onderbouw");
        assertEquals(3, r.files(), r.toString());
        Map<String, byte[]> zip = entries(tmp.resolve("out/collection-wiskunde-onderbouw.zip"));
        assertTrue(zip.containsKey("breuken-3f9a2c1d/video-720p.mp4"));
        assertTrue(zip.containsKey("procenten-4e5f6a7b/index.html"));
        Xml m = Xml.parse(zip.get("imsmanifest.xml")).validate(Shared.contentPackageSchema(), "collection manifest");
        assertEquals("Wiskunde onderbouw", m.text("//cp:organization/cp:title"));
        assertEquals(List.of("Breuken vereenvoudigen", "Procenten <berekenen> & \"afronden\""),
                m.texts("//cp:organization/cp:item/cp:title"));
        assertEquals("2", m.text("/cp:manifest/cp:metadata/lom:lom/lom:general/lom:aggregationlevel/lom:value/lom:langstring"));
        assertEquals("12-14", m.text("/cp:manifest/cp:metadata/lom:lom/lom:educational/lom:typicalagerange/lom:langstring"));
        assertEquals(2, m.count("/cp:manifest/cp:resources/cp:resource/cp:metadata/lom:lom"));
        String overview = new String(zip.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(overview.contains("Procenten &lt;berekenen&gt; &amp; &quot;afronden&quot;"), overview);
        String page = new String(zip.get("procenten-4e5f6a7b/index.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("<berekenen>"), page);
        zip.keySet().forEach(n -> assertTrue(DeterministicZip.isSafe(n), n));
    }

    /** rights/copyrightandotherrestrictions of the collection follows its videos' licences (LomMapper.rights). */
    @Test
    void collectionManifestStatesCopyrightFromTheVideosLicences() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        fx.approved("procenten-4e5f6a7b", "Procenten", "wiskunde", "vwo", "2", "KD23");
        Xml same = collectionManifest("same");
        assertEquals(List.of(NlLom.COPYRIGHT, "cc-by-sa-40"), copyright(same, "/cp:manifest/cp:metadata"));
        assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", same.text(RIGHTS + "/lom:description/lom:langstring"));

        relicence("procenten-4e5f6a7b", "CC BY 4.0");
        Xml mixed = collectionManifest("mixed");
        assertEquals(List.of(NlLom.LOM_COPYRIGHT, "yes"), copyright(mixed, "/cp:manifest/cp:metadata"));
        String text = mixed.text(RIGHTS + "/lom:description/lom:langstring");
        assertTrue(text.contains("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)")
                && text.contains("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"), text);
        assertEquals("nl", mixed.text(RIGHTS + "/lom:description/lom:langstring/@xml:lang"));
        assertEquals(List.of(NlLom.COPYRIGHT, "cc-by-40"),
                copyright(mixed, "/cp:manifest/cp:resources/cp:resource[@identifier='RES-procenten-4e5f6a7b']/cp:metadata"),
                "each video keeps its own licence");

        relicence("breuken-3f9a2c1d", "CC0");
        relicence("procenten-4e5f6a7b", "publiek domein");
        assertEquals(List.of(NlLom.LOM_COPYRIGHT, "no"), copyright(collectionManifest("free"), "/cp:manifest/cp:metadata"));

        fx.rule("licence.missing", "warning"); // a catalog that lets a video without licence through
        relicence("procenten-4e5f6a7b", null);
        Xml none = collectionManifest("none");
        assertEquals(List.of(NlLom.LOM_COPYRIGHT, "yes"), copyright(none, "/cp:manifest/cp:metadata"));
        assertTrue(none.text(RIGHTS + "/lom:description/lom:langstring").contains("zonder licentie"));
        assertEquals(List.of(NlLom.LOM_COPYRIGHT, "yes"),
                copyright(none, "/cp:manifest/cp:resources/cp:resource[@identifier='RES-procenten-4e5f6a7b']/cp:metadata"));
    }

    private static final String RIGHTS = "/cp:manifest/cp:metadata/lom:lom/lom:rights";

    private Xml collectionManifest(String name) throws Exception {
        export(tmp.resolve(name), name);
        Xml m = Xml.parse(entries(tmp.resolve(name).resolve("collection-" + name + ".zip")).get("imsmanifest.xml"));
        return m.validate(Shared.contentPackageSchema(), name + " collection manifest");
    }

    private static List<String> copyright(Xml m, String metadata) throws Exception {
        String el = metadata + "/lom:lom/lom:rights/lom:copyrightandotherrestrictions";
        return List.of(m.text(el + "/lom:source/lom:langstring"), m.text(el + "/lom:value/lom:langstring"));
    }

    private void relicence(String id, String licence) throws IOException {
        VideoRecord r = fx.catalog.find(id).orElseThrow();
        fx.save(ExportFixtures.withMetadata(r, r.metadata().toBuilder()
                .licence(licence == null ? null : Normalizer.standard().licence(licence)).build()));
    }

    @Test
    void reExportIsByteIdentical() throws Exception {
        fx.approved("breuken-3f9a2c1d");
        fx.approved("procenten-4e5f6a7b", "Procenten", "wiskunde", "vwo", "2", "KD23");
        export(tmp.resolve("a"), "Alles");
        export(tmp.resolve("b"), "Alles");
        for (String f : List.of("breuken-3f9a2c1d.zip", "procenten-4e5f6a7b.zip", "collection-alles.zip")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        // and again into the same folder, which replaces it whole
        byte[] before = Files.readAllBytes(tmp.resolve("a/collection-alles.zip"));
        export(tmp.resolve("a"), "Alles");
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve("a/collection-alles.zip")));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".part-")), "no temp folder left");
        }
    }

    @Test
    void withoutA720pRenditionTheBestOtherIsUsedAndNoted() throws Exception {
        VideoRecord r = fx.published(RecordFixtures.sample("alleen-360p-5555eeee"));
        Media m = r.media();
        List<Rendition> only360 = m.renditions().stream().filter(x -> x.name().equals("360p")).toList();
        fx.save(r.withMedia(m.withRenditions(only360), r.updatedAt()));
        ExportResult res = export(tmp.resolve("out"), null);
        assertEquals(List.of("alleen-360p-5555eeee"), res.exported());
        assertTrue(res.notes().get(0).contains("no 720p rendition, exporting 360p"), res.notes().toString());
        assertTrue(entries(tmp.resolve("out/alleen-360p-5555eeee.zip")).containsKey("video-360p.mp4"));
    }

    @Test
    void missingOrEscapingMediaSkipsTheRecordWithAReason() throws Exception {
        VideoRecord gone = fx.approved("weg-6666ffff");
        Files.delete(fx.catalog.resolve("media/weg-6666ffff/720p.mp4"));
        VideoRecord evil = fx.published(RecordFixtures.sample("kwaad-7777aaaa"));
        Rendition bad = new Rendition("720p", "web", "../../../etc/passwd", 1280, 720, "h264", "High", "yuv420p",
                "aac", 10, 10, 10, "b".repeat(64), false, true);
        fx.save(evil.withMedia(evil.media().withRenditions(List.of(bad)), evil.updatedAt()));
        VideoRecord none = fx.published(RecordFixtures.sample("geen-video-8888bbbb"));
        fx.save(none.withMedia(Media.EMPTY, none.updatedAt()));
        fx.approved("goed-9999cccc");
        ExportResult r = export(tmp.resolve("out"), null);
        assertEquals(List.of("goed-9999cccc"), r.exported());
        assertEquals(3, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).message().contains("transcode"), r.skipped().toString());
        assertEquals(ExportResult.Reason.INVALID, r.skipped().get(1).reason(), "the validator sees the bad path");
        assertTrue(r.skipped().get(1).message().contains("schema.invalid"), r.skipped().toString());
        assertTrue(r.skipped().get(2).message().contains("media.missing"), r.skipped().toString());
        assertTrue(r.hasFailures());

        // even with those rules switched off in catalog.json the packer itself refuses to follow them
        fx.rule("schema.invalid", "warning");
        fx.rule("media.missing", "warning");
        r = export(tmp.resolve("out"), null);
        assertEquals(List.of("goed-9999cccc"), r.exported());
        assertTrue(r.skipped().get(1).message().contains("outside the catalog"), r.skipped().toString());
        assertTrue(r.skipped().get(2).message().contains("is missing"), r.skipped().toString());
        assertFalse(Files.exists(tmp.resolve("out/" + gone.id() + ".zip")));
    }

    @Test
    void zipNamesThatCouldEscapeAreRefused() {
        for (String bad : List.of("../x", "/etc/passwd", "a/../../b", "a\\b", "C:/x", "a//b", "", "./a", "a/", "é.mp4")) {
            assertFalse(DeterministicZip.isSafe(bad), bad);
        }
        assertTrue(DeterministicZip.isSafe("breuken-3f9a2c1d/subtitles.nl.vtt"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DeterministicZip().add("../evil", new byte[0]));
    }

    @Test
    void titlesWithMarkupStayTextOnThePlayerPage() throws Exception {
        VideoRecord r = fx.published(RecordFixtures.sample("markup-1212abab"));
        Metadata m = r.metadata();
        fx.save(ExportFixtures.withMetadata(r, m.toBuilder().title("<img src=x onerror=alert(1)>")
                .description("\"quoted\" & 'single'").makers(List.of("Geheim Kind")).consent(Boolean.FALSE)
                .subtitles(null).build()));
        fx.rule("makers.no-consent", "warning"); // even then the names stay out
        export(tmp.resolve("out"), null);
        Map<String, byte[]> zip = entries(tmp.resolve("out/markup-1212abab.zip"));
        String page = new String(zip.get("index.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertTrue(page.contains("&quot;quoted&quot; &amp; &#39;single&#39;"), page);
        assertFalse(page.contains("Geheim"), "no makers without consent");
        assertTrue(page.contains("Gemaakt door leerlingen van Het Baken College."), page);
        Xml.parse(zip.get("imsmanifest.xml")).validate(Shared.contentPackageSchema(), "manifest");
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }
}
