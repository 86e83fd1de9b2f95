package nl.vidcat.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.vidcat.model.Loudness;
import nl.vidcat.media.Profiles.AudioSpec;
import nl.vidcat.media.Profiles.VideoSpec;
import nl.vidcat.media.RenditionPlanner.Plan;

/**
 * The ffmpeg argument list that makes all renditions of one video in one run: the source is decoded once, its
 * frames are {@code split} to one scaler and encoder per rendition ({@code -filter_complex}), and the audio is
 * loudness-normalized once and {@code asplit}. Renditions the source already satisfies are stream-copied in the
 * same run.
 *
 * <p>Why the ffmpeg executable and not a JavaCV frame loop: a FFmpegFrameGrabber -> FFmpegFrameRecorder loop is slower
 * than the CLI for the same encode (every frame is converted to a Java-visible pixel format and back; see
 * docs/performance.md), the recorder's YUV shortcut corrupted chroma at widths such as 854 and 1080, and its defaults
 * (400 kb/s, Baseline) are wrong for web video. The CLI also gives the one-decode {@code split} graph, autorotation,
 * {@code -progress} and a child process that Ctrl-C can stop and clean up.
 *
 * <p>Privacy: nothing from the source's container, streams or chapters is carried over; the muxer and encoders run
 * in bitexact mode so no "encoder" tags are written, and x264's SEI note (its version and settings) is stripped.
 */
final class EncodeCommand {

    /**
     * @param copyAudio for a remuxed rendition: copy the source audio too (it is AAC and already on target loudness)
     */
    record Output(Plan plan, Path temp, boolean copyAudio) {
        /** Whether this output's audio comes out of the filter graph (normalized and encoded), not a stream copy. */
        boolean encodesAudio() {
            return !plan.remux() || !copyAudio;
        }

        /** The same output with its audio normalized and encoded instead of copied. */
        Output encodingAudio() {
            return new Output(plan, temp, false);
        }
    }

    /**
     * An output that gets its audio from another output's encode: the main run writes its video alone to
     * {@code videoOnly}, and {@link #addAudio} then copies the donor's audio stream in.
     */
    record SharedAudio(Output receiver, Output donor, Path videoOnly) {
    }

    private EncodeCommand() {
    }

    /**
     * Outputs whose audio would be encoded identically (the same normalized source, the same codec, bitrate, rate and
     * channels, MP4) share one encode: the first one encodes it, the others get a copy of that stream after the run.
     * FFmpeg's AAC encoder is slow, and every rendition of the web profile carries the same 128k stereo track.
     *
     * @param videoOnlyTemp a fresh temp path for an output's video-only file
     */
    static List<SharedAudio> shareAudio(List<Output> outputs, boolean hasAudio, Function<Output, Path> videoOnlyTemp) {
        List<SharedAudio> out = new ArrayList<>();
        if (!hasAudio) {
            return out;
        }
        Map<AudioSpec, Output> donors = new HashMap<>();
        for (Output o : outputs) {
            if (!o.encodesAudio() || !o.plan().extension().equals("mp4")) {
                continue;
            }
            Output donor = donors.putIfAbsent(o.plan().spec().audio(), o);
            if (donor != null) {
                out.add(new SharedAudio(o, donor, videoOnlyTemp.apply(o)));
            }
        }
        return out;
    }

    /** The stream copy that completes a {@link SharedAudio} receiver once the main run has written both files. */
    static List<String> addAudio(SharedAudio s) {
        List<String> a = new ArrayList<>(List.of("-loglevel", "error", "-y", "-i", s.videoOnly().toString(),
                "-i", s.donor().temp().toString(), "-map", "0:v:0", "-map", "1:a:0", "-c", "copy"));
        a.addAll(clean());
        a.addAll(List.of("-movflags", "+faststart", "-f", "mp4", s.receiver().temp().toString()));
        return a;
    }

    /** Nothing from the source or the encoders in the written file (see the class comment). */
    private static List<String> clean() {
        return List.of("-sn", "-dn", "-map_metadata", "-1", "-map_metadata:s:v", "-1", "-map_metadata:s:a", "-1",
                "-map_chapters", "-1", "-fflags", "+bitexact",
                // bitexact still leaves "Lavc libx264"; an empty value removes the tag
                "-metadata:s:v:0", "encoder=", "-metadata:s:a:0", "encoder=");
    }

    /**
     * @param shared   outputs that are written without audio here and get it from another output afterwards
     * @param hasAudio whether the source has an audio stream
     * @param loudness pass-one measurement, or null for silence (then the audio is only resampled)
     * @param threads  threads for the decoder and each encoder; 0 lets ffmpeg decide (one job at a time)
     * @param noBFrames encode without B-frames (exact timing for awkward variable-frame-rate sources)
     * @param sourceSeconds the source's duration, or 0 when unknown
     * @param measureLoudness also measure the source's loudness in this run (see {@link LoudnessMeter#fromLog})
     */
    static List<String> build(Path source, List<Output> outputs, List<SharedAudio> shared, boolean hasAudio,
                              Loudness loudness, int threads, boolean noBFrames, double sourceSeconds,
                              boolean measureLoudness) {
        List<String> a = new ArrayList<>();
        // the measurement's summary is logged at level info
        a.addAll(List.of("-loglevel", measureLoudness ? "info" : "error", "-y"));
        if (threads > 0) {
            a.addAll(List.of("-threads", Integer.toString(threads)));
        }
        a.addAll(List.of("-i", source.toString()));

        List<Output> encoded = outputs.stream().filter(o -> !o.plan().remux()).toList();
        Map<Output, SharedAudio> receivers = new HashMap<>();
        shared.forEach(x -> receivers.put(x.receiver(), x));
        List<Output> audioFromGraph = hasAudio ? outputs.stream()
                .filter(o -> o.encodesAudio() && !receivers.containsKey(o)).toList() : List.of();
        String graph = graph(encoded, audioFromGraph.size(), loudness, channels(audioFromGraph), sourceSeconds);
        if (!graph.isEmpty()) {
            a.addAll(List.of("-filter_complex", graph));
            if (threads > 0) {
                a.addAll(List.of("-filter_complex_threads", Integer.toString(threads)));
            }
        }
        for (Output o : outputs) {
            Plan p = o.plan();
            if (p.remux()) {
                a.addAll(List.of("-map", "0:v:0", "-c:v", "copy"));
            } else {
                a.addAll(List.of("-map", "[v" + encoded.indexOf(o) + "]"));
                a.addAll(videoCodec(p.spec().video(), threads));
                if (noBFrames) {
                    a.addAll(List.of("-bf", "0"));
                }
            }
            int ai = audioFromGraph.indexOf(o);
            SharedAudio later = receivers.get(o);
            if (!hasAudio || later != null) {
                a.add("-an");
            } else if (ai < 0) {
                a.addAll(List.of("-map", "0:a:0", "-c:a", "copy"));
            } else {
                a.addAll(List.of("-map", "[a" + ai + "]"));
                a.addAll(audioCodec(p.spec().audio()));
            }
            a.addAll(clean());
            a.addAll(List.of("-fps_mode:v", "passthrough"));
            if (later != null) {
                a.addAll(List.of("-f", "mp4", later.videoOnly().toString())); // faststart comes with the audio
            } else if (p.extension().equals("mp4")) {
                a.addAll(List.of("-movflags", "+faststart", "-f", "mp4", o.temp().toString()));
            } else {
                a.addAll(List.of("-f", "webm", o.temp().toString()));
            }
        }
        if (measureLoudness) {
            a.addAll(LoudnessMeter.measuringOutput());
        }
        return a;
    }

    /**
     * The channel count of every output that encodes audio, when they agree (the normalization then works in that
     * layout, so its gain is measured on what is heard); 0 when they differ or none encodes audio.
     */
    static int channels(List<Output> outputs) {
        List<Integer> counts = outputs.stream().filter(Output::encodesAudio)
                .map(o -> o.plan().spec().audio().channels()).distinct().toList();
        return counts.size() == 1 ? counts.get(0) : 0;
    }

    private static String graph(List<Output> encoded, int audioOutputs, Loudness loudness, int channels,
                                double sourceSeconds) {
        List<String> chains = new ArrayList<>();
        int n = encoded.size();
        if (n > 0) {
            // Autorotation (on by default) turns the frames upright before this graph, so "dar" is the upright
            // display aspect ratio, including a non-square sample aspect ratio (DV and other old camera files).
            String in = "[0:v:0]";
            boolean onePixelFormat = encoded.stream().map(o -> o.plan().spec().video().pixelFormat()).distinct()
                    .count() == 1;
            if (n > 1 && onePixelFormat) {
                chains.addAll(cascade(encoded));
            } else {
                if (n > 1) {
                    StringBuilder split = new StringBuilder(in).append("split=").append(n);
                    for (int i = 0; i < n; i++) {
                        split.append("[s").append(i).append(']');
                    }
                    chains.add(split.toString());
                }
                for (int i = 0; i < n; i++) {
                    chains.add((n > 1 ? "[s" + i + "]" : in) + resize(encoded.get(i).plan()) + "[v" + i + "]");
                }
            }
        }
        if (audioOutputs > 0) {
            String norm = loudness == null ? "anull" : LoudnessMeter.secondPass(loudness, channels, sourceSeconds);
            StringBuilder audio = new StringBuilder("[0:a:0]").append(norm);
            if (audioOutputs > 1) {
                audio.append(",asplit=").append(audioOutputs);
            }
            for (int i = 0; i < audioOutputs; i++) {
                audio.append("[a").append(i).append(']');
            }
            chains.add(audio.toString());
        }
        return String.join(";", chains);
    }

    /**
     * Renditions of one pixel format, largest first, each scaled from the one before it rather than from the source:
     * the 360p picture is made from the 720p one, so the scaler reads a 720p frame instead of a 1080p or 4K one
     * (less CPU for the whole encode; the larger the source, the more it saves).
     * A bicubic step of 2 (720p to 360p) loses nothing visible, and every encoder still gets its frames from the one
     * decode.
     */
    private static List<String> cascade(List<Output> encoded) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> encoded.get(i).plan().shortSide()).reversed());
        List<String> chains = new ArrayList<>();
        String from = "[0:v:0]";
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            boolean last = k == order.size() - 1;
            chains.add(from + resize(encoded.get(i).plan())
                    + (last ? "[v" + i + "]" : ",split=2[v" + i + "][c" + k + "]"));
            from = "[c" + k + "]";
        }
        return chains;
    }

    private static String resize(Plan p) {
        return scale(p.shortSide()) + ",setsar=1,format=" + p.spec().video().pixelFormat();
    }

    /** Short side {@code s}, long side from the display aspect ratio, both even (4:2:0 needs even sizes). */
    static String scale(int s) {
        return String.format(Locale.ROOT, "scale=w='if(gte(dar,1),2*trunc(%d*dar/2+0.0001),%d)'"
                + ":h='if(gte(dar,1),%d,2*trunc(%d/dar/2+0.0001))':flags=bicubic", s, s, s, s);
    }

    private static List<String> videoCodec(VideoSpec v, int threads) {
        List<String> a = new ArrayList<>();
        if (v.codec().equals("h264")) {
            a.addAll(List.of("-c:v", "libx264"));
            if (v.preset() != null) {
                a.addAll(List.of("-preset", v.preset()));
            }
            if (v.profile() != null) {
                a.addAll(List.of("-profile:v", v.profile()));
            }
            // x264 writes its version and full settings into an SEI message; not needed by any player.
            a.addAll(List.of("-bsf:v", "filter_units=remove_types=6"));
        } else {
            a.addAll(List.of("-c:v", "libvpx-vp9"));
        }
        if (v.crf() != null) {
            a.addAll(List.of("-crf", Integer.toString(v.crf())));
            if (v.codec().equals("vp9") && v.maxBitrate() == null) {
                a.addAll(List.of("-b:v", "0"));
            }
        }
        if (v.maxBitrate() != null) {
            a.addAll(List.of(v.codec().equals("vp9") ? "-b:v" : "-maxrate", v.maxBitrate()));
            if (v.bufferSize() != null) {
                a.addAll(List.of("-bufsize", v.bufferSize()));
            }
        }
        if (v.keyframeSeconds() != null && v.keyframeSeconds() > 0) {
            // by time, not frame count, so variable-frame-rate sources get regular keyframes too
            a.addAll(List.of("-force_key_frames",
                    String.format(Locale.ROOT, "expr:gte(t,n_forced*%s)", v.keyframeSeconds())));
        }
        a.addAll(List.of("-pix_fmt", v.pixelFormat(), "-flags:v", "+bitexact"));
        if (threads > 0) {
            a.addAll(List.of("-threads:v", Integer.toString(threads)));
        }
        for (Map.Entry<String, String> e : v.options().entrySet()) {
            a.addAll(List.of("-" + e.getKey() + ":v", e.getValue()));
        }
        return a;
    }

    private static List<String> audioCodec(AudioSpec s) {
        return List.of("-c:a", s.codec().equals("aac") ? "aac" : "libopus", "-b:a", s.bitrate(),
                "-ar", Integer.toString(s.sampleRate()), "-ac", Integer.toString(s.channels()), "-flags:a", "+bitexact");
    }
}
