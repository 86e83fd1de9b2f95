package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.vidcat.model.SourceFile;
import nl.vidcat.media.RenditionPlanner.Plan;

/**
 * Checks a freshly written rendition before it is published: it opens and its first frame decodes and its end is
 * readable (the {@link Prober}'s checks), it has the codec, profile, pixel format and size the plan asked for, no
 * rotation flag, the source's duration, audio when the source had audio, and (MP4) the index before the data.
 */
final class RenditionVerifier {

    /** Allowed difference between source and rendition duration (AAC priming adds about 5 ms). */
    static final double DURATION_TOLERANCE = 0.1;

    record Facts(int width, int height, String videoCodec, String videoProfile, String pixelFormat, String audioCodec,
                 double durationSeconds, long size, boolean faststart) {
    }

    private RenditionVerifier() {
    }

    static Facts verify(Path file, Plan plan, SourceFile source) throws MediaFailure, IOException {
        String what = "rendition " + plan.spec().name() + ": ";
        Prober.Probe probe;
        try {
            probe = Prober.probe(file);
        } catch (ProbeException e) {
            throw new MediaFailure(what + "the written file does not play: " + e.getMessage(), e);
        }
        var v = probe.video();
        String wantCodec = plan.spec().video().codec();
        if (!wantCodec.equals(v.codec())) {
            throw new MediaFailure(what + "video codec is " + v.codec() + ", expected " + wantCodec);
        }
        if (wantCodec.equals("h264") && !plan.remux() && plan.spec().video().profile() != null
                && !plan.spec().video().profile().equalsIgnoreCase(v.profile())) {
            throw new MediaFailure(what + "H.264 profile is " + v.profile() + ", expected " + plan.spec().video().profile());
        }
        if (!plan.spec().video().pixelFormat().equals(v.pixelFormat())) {
            throw new MediaFailure(what + "pixel format is " + v.pixelFormat() + ", expected " + plan.spec().video().pixelFormat());
        }
        if (v.rotation() != 0) {
            throw new MediaFailure(what + "still carries a rotation flag of " + v.rotation() + " degrees");
        }
        if (v.width() % 2 != 0 || v.height() % 2 != 0 || Math.min(v.width(), v.height()) != plan.shortSide()) {
            throw new MediaFailure(what + "size is " + v.width() + "x" + v.height() + ", expected a short side of "
                    + plan.shortSide() + " and even dimensions");
        }
        if (source.hasAudio() != (probe.audio() != null)) {
            throw new MediaFailure(what + (source.hasAudio() ? "the audio is missing" : "has audio the source did not have"));
        }
        double diff = Math.abs(probe.durationSeconds() - source.durationSeconds());
        if (source.durationSeconds() > 0 && diff > DURATION_TOLERANCE) {
            throw new DurationMismatch(String.format(Locale.ROOT, "%slasts %.3f s, the source %.3f s", what,
                    probe.durationSeconds(), source.durationSeconds()));
        }
        boolean faststart = plan.extension().equals("mp4") && Mp4Boxes.faststart(file);
        if (plan.extension().equals("mp4") && !faststart) {
            throw new MediaFailure(what + "the MP4 index (moov) is not at the start of the file");
        }
        return new Facts(v.width(), v.height(), v.codec(), v.profile(), v.pixelFormat(),
                probe.audio() == null ? null : probe.audio().codec(), probe.durationSeconds(), Files.size(file), faststart);
    }

    /** The rendition's length differs from the source's by more than {@link #DURATION_TOLERANCE}. */
    static final class DurationMismatch extends MediaFailure {
        DurationMismatch(String message) {
            super(message);
        }
    }
}
