package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.vidcat.ingest.SheetDraft;
import nl.vidcat.media.VideoFixtures;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheet {@code vidcat sheet} writes, checked by validate exactly as a coordinator's sheet is before ingest:
 * nothing is wrong with it but the cells only a person can fill in.
 */
class DraftSheetValidationTest {

    /** Findings about a cell left empty for the coordinator; no other finding may come from the written sheet. */
    private static final Set<String> EMPTY_CELLS = Set.of("description.missing", "licence.missing",
            "subtitles.missing", "title.missing");

    @TempDir
    Path tmp;

    @Test
    void theWrittenSheetHasOnlyEmptyCellFindings() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in/wiskunde"));
        VideoFixtures.clip(f.resolve("breuken_vereenvoudigen-v2.mp4"), 160, 120, 1, false);
        Files.writeString(f.resolve("breuken_vereenvoudigen-v2.nl.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHoi\n");
        VideoFixtures.clip(tmp.resolve("in/IMG_1234.MOV"), 176, 144, 1, false);
        SheetDraft.Result r = SheetDraft.run(new SheetDraft.Options(tmp.resolve("in"), null, false, true, List.of()),
                Progress.NONE);

        ValidateFixtures.Collected c = ValidateFixtures.run(Source.sheet(r.sheet(), CatalogContext.NONE));
        Map<Integer, List<String>> byLine = c.findings().stream().collect(Collectors.groupingBy(
                x -> x.location().line(), TreeMap::new, Collectors.mapping(x -> x.rule().id(), Collectors.toList())));
        assertTrue(EMPTY_CELLS.containsAll(c.ruleIds()), "only empty required cells: " + byLine);
        assertEquals(Set.of(2, 3), byLine.keySet(), "findings point at the rows: " + byLine);
        assertTrue(byLine.get(2).contains("title.missing"), "IMG_1234 has no title to guess: " + byLine);
        assertTrue(!byLine.get(3).contains("title.missing") && !byLine.get(3).contains("subtitles.missing"),
                "guessed title, sidecar subtitles: " + byLine);
    }
}
