package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.io.Json;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat suggest} on a small catalog: output, the sheet, --apply, hostile text, and validate's hint. */
class SuggestCommandTest {

    static final String BREUKEN = "breuken-00000001", LONGEN = "longen-00000002", KLAAR = "klaar-00000003";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path tmp;
    Catalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        // no subject, levels or kerndoelen: the fixture's cells left empty
        catalog.save(RecordFixtures.sample(BREUKEN, "Breuken vereenvoudigen", "", "", "", ""), "ingest");
        catalog.save(text(RecordFixtures.sample(LONGEN, "Hoe werken je longen?", "biologie", "havo", "1", ""),
                "Over ademhaling, de longen en het middenrif, met een model van een fles en ballonnen.",
                List.of("ademhaling")), "ingest");
        catalog.save(RecordFixtures.sample(KLAAR).withStatus(ReviewStatus.APPROVED, RecordFixtures.T0), "ingest");
    }

    static VideoRecord text(VideoRecord r, String description, List<String> keywords) {
        return r.withMetadata(r.metadata().toBuilder().description(description).keywords(keywords).build(),
                r.origin(), RecordFixtures.T0);
    }

    CliRun.Result vidcat(String... args) {
        return CliRun.inCatalog(catalog.dir(), args);
    }

    @Test
    void proposesKerndoelenSubjectAndKeywordsWithoutChangingRecords() throws IOException {
        byte[] before = Files.readAllBytes(catalog.recordFile(BREUKEN));
        CliRun.Result r = vidcat("suggest");
        assertEquals(0, r.code(), r.all());
        String block = r.out().substring(r.out().indexOf(BREUKEN));
        assertTrue(block.startsWith(BREUKEN + " — Breuken vereenvoudigen\n  kerndoelen"), r.out());
        assertTrue(block.lines().skip(1).findFirst().orElseThrow().strip().matches("kerndoelen +KD 22 0\\.\\d\\d .*"),
                r.out());
        assertTrue(block.contains("breuken"), "the words that led to it: " + r.out());
        assertTrue(block.lines().anyMatch(l -> l.strip().matches("vak +wiskunde 0\\.\\d\\d \\(empty\\)")), r.out());
        String longen = r.out().substring(r.out().indexOf(LONGEN));
        assertTrue(longen.contains("KD 34"), "lungs are the human body: " + r.out());
        assertTrue(r.out().contains("3 record(s), 2 without kerndoelen"), r.out());
        assertEquals(new String(before), Files.readString(catalog.recordFile(BREUKEN)), "suggest changes nothing");

        CliRun.Result json = vidcat("suggest", BREUKEN, "--format", "json");
        JsonNode list = Json.mapper().readTree(json.out());
        assertEquals(1, list.size());
        assertEquals("KD 22", list.get(0).path("goals").get(0).path("code").asText());
        double c = list.get(0).path("goals").get(0).path("confidence").asDouble();
        assertTrue(c > 0 && c <= 1, "confidence in [0, 1]: " + c);

        assertEquals(2, vidcat("suggest", "bestaat-niet-00000009").code());
    }

    @Test
    void appliesOnlyAcceptedRowsAsASheetUpdateAndKeepsHistory() throws IOException {
        Path sheet = tmp.resolve("suggesties.csv");
        CliRun.Result w = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
        assertEquals(0, w.code(), w.all());
        String text = new String(Files.readAllBytes(sheet), WINDOWS_1252);
        assertTrue(text.startsWith("id;titel;vak;niveau;kerndoelen;trefwoorden;toelichting;accepteren\r\n"), text);
        // the coordinator accepts the breuken row only, after taking KD 22 alone
        String edited = text.lines().map(l -> l.startsWith(BREUKEN + ";")
                ? l.replaceFirst(";KD 22[^;]*;", ";KD 22;") + "ja" : l).reduce("", (a, b) -> a + b + "\r\n");
        Files.write(sheet, edited.getBytes(WINDOWS_1252));
        byte[] longenBefore = Files.readAllBytes(catalog.recordFile(LONGEN));

        CliRun.Result r = vidcat("suggest", "--apply", sheet.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains(BREUKEN + ": changed vak, niveau, kerndoelen, trefwoorden"), r.out());
        assertTrue(r.out().contains("1 accepted row(s): 1 record(s) changed, 0 not applied"), r.out());
        VideoRecord after = catalog.find(BREUKEN).orElseThrow();
        assertEquals("22", after.metadata().goals().get(0).code());
        assertEquals(1, after.metadata().goals().size());
        assertEquals("wiskunde", after.metadata().subject().code());
        VideoRecord before = RecordFixtures.sample(BREUKEN, "Breuken vereenvoudigen", "", "", "", "");
        assertEquals(before.metadata().title(), after.metadata().title(), "typed cells untouched");
        assertEquals(before.metadata().makers(), after.metadata().makers());
        assertEquals(before.metadata().school(), after.metadata().school());
        assertTrue(after.metadata().keywords().containsAll(before.metadata().keywords()), "keywords only added");
        assertEquals(new String(longenBefore), Files.readString(catalog.recordFile(LONGEN)), "not accepted: unchanged");
        assertEquals("suggest", catalog.history().entries(BREUKEN).get(0).writtenBy());
        assertTrue(catalog.history().entries(BREUKEN).size() >= 2, "the version before is kept");

        CliRun.Result again = vidcat("suggest", "--apply", sheet.toString());
        assertTrue(again.out().contains(BREUKEN + ": unchanged"), again.out());
    }

    @Test
    void unknownIdInTheSheetIsReportedAndTheRestApplied() throws IOException {
        Path sheet = tmp.resolve("s.csv");
        Files.writeString(sheet, "id;titel;vak;niveau;kerndoelen;trefwoorden;toelichting;accepteren\r\n"
                + "bestaat-niet-00000009;x;;;KD 22;;;ja\r\n" + LONGEN + ";;;;KD 34;;;x\r\n");
        CliRun.Result r = vidcat("suggest", "--apply", sheet.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("line 2 bestaat-niet-00000009: not applied: no record"), r.out());
        assertEquals("34", catalog.find(LONGEN).orElseThrow().metadata().goals().get(0).code());
        Files.writeString(sheet, "titel;kerndoelen\r\nx;KD 22\r\n");
        assertEquals(2, vidcat("suggest", "--apply", sheet.toString()).code());
    }

    @Test
    void anUnknownIdOrAnUnreadableSheetIsAUsageErrorAndChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(catalog.recordFile(LONGEN));
        CliRun.Result unknown = vidcat("suggest", "bestaat-niet-00000009");
        assertEquals(2, unknown.code(), unknown.all());
        assertFalse(unknown.all().contains("Exception"), unknown.all());
        Path sheet = tmp.resolve("kapot.csv");
        Files.write(sheet, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 1, 2, 3}); // an .xls
        CliRun.Result broken = vidcat("suggest", "--apply", sheet.toString());
        assertEquals(2, broken.code(), broken.all());
        assertFalse(broken.all().contains("Exception"), broken.all());
        assertArrayEquals(before, Files.readAllBytes(catalog.recordFile(LONGEN)));
    }

    @Test
    void hostileTextIsNeutralizedInTheSheetAndEscapedOnTheTerminal() throws IOException {
        String id = "hostile-00000004";
        catalog.save(RecordFixtures.sample(id, "=HYPERLINK(\"http://x\") breuken \u001b[31mrood", "", "", "", ""),
                "ingest");
        Path sheet = tmp.resolve("h.csv");
        assertEquals(0, vidcat("suggest", id, "--format", "csv", "-o", sheet.toString()).code());
        String text = new String(Files.readAllBytes(sheet), WINDOWS_1252);
        assertTrue(text.contains(";\"'=HYPERLINK"), "formula neutralized: " + text);
        assertFalse(text.contains("\u001b"), "no control characters in the sheet: " + text);
        CliRun.Result r = vidcat("suggest", id);
        assertFalse(r.out().contains("\u001b"), r.out());
        assertTrue(r.out().contains("<U+001B>[31mrood"), r.out());
    }

    @Test
    void validateHintsAtKerndoelenInTextOnly() throws IOException {
        CliRun.Result text = vidcat("validate");
        assertTrue(text.out().contains("records/" + BREUKEN + ".json: hint: voorgestelde kerndoelen: KD 22 ("),
                text.out());
        assertFalse(text.out().contains("records/" + KLAAR + ".json: hint"), "has kerndoelen: " + text.out());
        CliRun.Result en = vidcat("validate", "--lang", "en");
        assertTrue(en.out().contains("hint: suggested: KD 22 ("), en.out());
        CliRun.Result json = vidcat("validate", "--format", "json");
        assertFalse(json.out().contains("hint"), json.out());
        assertEquals(json.code(), text.code(), "the hint changes no exit code");
    }
}
