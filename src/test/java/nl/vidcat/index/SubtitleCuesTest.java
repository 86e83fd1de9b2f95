package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.index.SubtitleCues.Cue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitleCuesTest {

    @TempDir
    Path tmp;

    @Test
    void webVttWithHeaderNotesSettingsAndTags() {
        List<Cue> cues = SubtitleCues.parse("""
                WEBVTT - les 3

                NOTE dit is commentaar
                over twee regels

                intro
                00:01.000 --> 00:04.000 align:start position:10%
                <v Sanne>Hoi, ik ben <i>Sanne</i> &amp; dit is Daan.

                01:02:03.5 --> 01:02:04.25
                Tweede regel
                loopt door
                """);
        assertEquals(List.of(new Cue(1000, 4000, "Hoi, ik ben Sanne & dit is Daan."),
                new Cue(3_723_500, 3_724_250, "Tweede regel loopt door")), cues);
        assertEquals("01:02:03.500", SubtitleCues.timestamp(3_723_500));
    }

    @Test
    void srtWithBomCrlfAndWindows1252() throws Exception {
        Path f = tmp.resolve("x.srt");
        Files.write(f, "1\r\n00:00:01,000 --> 00:00:02,500\r\nGeïntegreerd café\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTot ziens\r\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of(new Cue(1000, 2500, "Geïntegreerd café"), new Cue(3000, 4000, "Tot ziens")),
                SubtitleCues.read(f));
        Files.write(f, ("\ufeff1\n00:00:01,000 --> 00:00:02,500\nGeïntegreerd\n").getBytes("UTF-8"));
        assertEquals(List.of(new Cue(1000, 2500, "Geïntegreerd")), SubtitleCues.read(f));
    }

    @Test
    void garbageGivesNoCuesInsteadOfFailing() throws Exception {
        assertEquals(List.of(), SubtitleCues.parse(""));
        assertEquals(List.of(), SubtitleCues.parse("dit is geen ondertitel\n00:00 --> nooit\n"));
        assertEquals(List.of(), SubtitleCues.parse("00:00:05.000 --> 00:00:01.000\nterug in de tijd\n"));
        Path bin = tmp.resolve("video.vtt");
        Files.write(bin, new byte[]{0, (byte) 0xff, 3, 4, 5});
        assertEquals(List.of(), SubtitleCues.read(bin));
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        Path f = tmp.resolve("notepad.srt");
        String srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nGeïntegreerd\r\n";
        for (var cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = srt.getBytes(cs); // UTF_16 writes a big-endian BOM
            byte[] bytes = cs == StandardCharsets.UTF_16LE ? concat(new byte[]{(byte) 0xff, (byte) 0xfe}, body) : body;
            for (byte[] b : List.of(bytes, body)) {
                Files.write(f, b);
                assertEquals(List.of(new Cue(1000, 2000, "Geïntegreerd")), SubtitleCues.read(f), cs.name());
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
