package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.vidcat.model.Loudness;
import nl.vidcat.media.Profiles.AudioSpec;
import nl.vidcat.media.Profiles.RenditionSpec;
import nl.vidcat.media.RenditionPlanner.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ffmpeg command a transcode runs: one audio encode per distinct audio spec, smaller pictures from larger. */
class EncodeCommandTest {

    @TempDir
    Path tmp;

    private List<EncodeCommand.Output> web(boolean remux720) {
        List<RenditionSpec> specs = Profiles.load(tmp, null).get("web").renditions();
        List<EncodeCommand.Output> out = new ArrayList<>();
        for (RenditionSpec s : specs) {
            int side = s.size();
            Plan p = new Plan("web", s, side, side * 16 / 9, side, remux720 && side == 720, "media/x/" + s.name() + ".mp4", "r");
            out.add(new EncodeCommand.Output(p, tmp.resolve("." + s.name() + ".part-1.mp4"), false));
        }
        return out;
    }

    private static final Loudness QUIET = new Loudness(-30, -20, 3, -40, 0, -16, -1.5);

    @Test
    void renditionsWithTheSameAudioShareOneEncode() {
        List<EncodeCommand.Output> outputs = web(false);
        List<EncodeCommand.SharedAudio> shared = EncodeCommand.shareAudio(outputs, true, o -> tmp.resolve(".v.part-2.mp4"));
        assertEquals(1, shared.size());
        List<String> cmd = EncodeCommand.build(tmp.resolve("src.mp4"), outputs, shared, true, QUIET, 0, false, 10, false);
        assertEquals(1, Collections.frequency(cmd, "aac"), "one AAC encoder: " + cmd);
        assertTrue(cmd.contains(shared.get(0).videoOnly().toString()), "the receiver's video goes to its video-only file");
        List<String> mux = EncodeCommand.addAudio(shared.get(0));
        assertEquals(List.of("-c", "copy"), mux.subList(mux.indexOf("-c"), mux.indexOf("-c") + 2));
        assertTrue(mux.contains("-map_metadata") && mux.contains("+faststart"), "clean and web-ready: " + mux);
        assertEquals(shared.get(0).receiver().temp().toString(), mux.get(mux.size() - 1));
    }

    @Test
    void aRemuxThatCopiesItsAudioSharesNothing() {
        List<EncodeCommand.Output> outputs = new ArrayList<>();
        for (EncodeCommand.Output o : web(true)) {
            outputs.add(new EncodeCommand.Output(o.plan(), o.temp(), o.plan().remux()));
        }
        assertEquals(List.of(), EncodeCommand.shareAudio(outputs, true, o -> tmp.resolve(".v.part-2.mp4")));
        assertEquals(List.of(), EncodeCommand.shareAudio(web(false), false, o -> tmp.resolve(".v.part-2.mp4")),
                "nothing to share without audio");
    }

    @Test
    void differentAudioSpecsAreEncodedSeparately() {
        List<EncodeCommand.Output> outputs = new ArrayList<>();
        for (EncodeCommand.Output o : web(false)) {
            RenditionSpec s = o.plan().spec();
            AudioSpec a = s.size() == 360 ? new AudioSpec("aac", "64k", 48000, 2) : s.audio();
            RenditionSpec changed = new RenditionSpec(s.name(), s.size(), s.format(), s.video(), a);
            Plan p = o.plan();
            outputs.add(new EncodeCommand.Output(new Plan(p.profile(), changed, p.shortSide(), p.width(), p.height(),
                    p.remux(), p.file(), p.recipe()), o.temp(), false));
        }
        assertEquals(List.of(), EncodeCommand.shareAudio(outputs, true, o -> tmp.resolve(".v.part-2.mp4")));
    }

    @Test
    void theSmallerPictureIsScaledFromTheLargerOne() {
        List<String> cmd = EncodeCommand.build(tmp.resolve("src.mp4"), web(false), List.of(), true, QUIET, 0, false, 10, false);
        String graph = cmd.get(cmd.indexOf("-filter_complex") + 1);
        assertTrue(graph.startsWith("[0:v:0]scale=") && graph.contains("split=2"), graph);
        assertEquals(1, graph.split("\\[0:v:0\\]", -1).length - 1, "the source is scaled once: " + graph);
    }

    @Test
    void aCopyingRunCanMeasureTheLoudnessToo() {
        List<EncodeCommand.Output> outputs = List.of(new EncodeCommand.Output(
                web(true).stream().filter(o -> o.plan().remux()).findFirst().orElseThrow().plan(),
                tmp.resolve(".720p.part-1.mp4"), true));
        List<String> plain = EncodeCommand.build(tmp.resolve("src.mp4"), outputs, List.of(), true, null, 0, false, 10,
                false);
        List<String> measuring = EncodeCommand.build(tmp.resolve("src.mp4"), outputs, List.of(), true, null, 0, false,
                10, true);
        assertEquals("error", plain.get(plain.indexOf("-loglevel") + 1));
        assertEquals("info", measuring.get(measuring.indexOf("-loglevel") + 1), "ebur128 logs its summary at info");
        assertEquals(LoudnessMeter.measuringOutput(),
                measuring.subList(measuring.size() - LoudnessMeter.measuringOutput().size(), measuring.size()));
        assertEquals(plain.subList(plain.indexOf("-i"), plain.size()),
                measuring.subList(measuring.indexOf("-i"), measuring.size() - LoudnessMeter.measuringOutput().size()),
                "the copy itself is the same");
    }
}
