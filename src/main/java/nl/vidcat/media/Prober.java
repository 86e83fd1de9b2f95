package nl.vidcat.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_CORRUPT;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_profile_name;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vidcat.model.AudioStream;
import nl.vidcat.model.VideoStream;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a file's technical facts in-process with JavaCV (no external ffprobe): the format is detected from the
 * content, never the extension, so a text file renamed to .mp4 is rejected. A file is accepted only if its first
 * video frame decodes and packets near its end can be read, which catches truncated uploads whose index
 * promises more than the file holds.
 */
public final class Prober {

    /** Technical facts of a playable video. Rotation is clockwise degrees a player must apply. */
    public record Probe(String container, double durationSeconds, VideoStream video, AudioStream audio,
                        List<String> locationTags) {
    }

    // Formats FFmpeg opens as "video" but that are single still images or sequences of them.
    private static final Set<String> IMAGE_FORMATS = Set.of("image2", "image2pipe", "gif", "apng", "webp_pipe",
            "png_pipe", "jpeg_pipe", "bmp_pipe", "tiff_pipe", "svg_pipe", "webp", "psd_pipe", "qoi_pipe");

    private Prober() {
    }

    public static Probe probe(Path file) throws ProbeException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ProbeException("cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ProbeException("empty file (0 bytes)");
        }
        FFmpeg.initLibraries();
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        try {
            g.setImageMode(FrameGrabber.ImageMode.RAW); // decode only; no pixel conversion needed to prove it decodes
            try {
                g.start();
            } catch (FrameGrabber.Exception e) {
                throw new ProbeException(openFailure(file), e);
            }
            AVFormatContext fc = g.getFormatContext();
            String container = fc.iformat().name().getString();
            int vi = av_find_best_stream(fc, AVMEDIA_TYPE_VIDEO, -1, -1, (org.bytedeco.ffmpeg.avcodec.AVCodec) null, 0);
            int ai = av_find_best_stream(fc, AVMEDIA_TYPE_AUDIO, -1, -1, (org.bytedeco.ffmpeg.avcodec.AVCodec) null, 0);
            if (vi < 0) {
                throw new ProbeException(ai >= 0 ? "audio-only file: there is no video in it" : "no video stream in the file");
            }
            AVStream vs = fc.streams(vi);
            if (IMAGE_FORMATS.contains(container) || (vs.disposition() & 0x0400) != 0) { // AV_DISPOSITION_ATTACHED_PIC
                throw new ProbeException("a still image (" + container + "), not a video");
            }
            double duration = duration(fc, vs);
            VideoStream video = videoStream(vs, g.getDisplayRotation());
            AudioStream audio = ai >= 0 ? audioStream(fc.streams(ai).codecpar()) : null;
            List<String> location = locationTags(g);

            try {
                if (g.grabImage() == null) {
                    throw new ProbeException("no video frame could be decoded (damaged or empty video stream)");
                }
            } catch (FrameGrabber.Exception e) {
                throw new ProbeException("the video cannot be decoded: " + e.getMessage(), e);
            }
            checkReadableNearEnd(fc, vs, vi, duration);
            return new Probe(container, duration, video, audio, location);
        } finally {
            try {
                g.close();
            } catch (FrameGrabber.Exception ignored) {
                // nothing useful to do when closing a probe fails
            }
        }
    }

    /**
     * JavaCV's open error does not carry FFmpeg's reason, so tell the two cases a coordinator must tell apart by the
     * file's first bytes: a known video container that will not open is damaged or cut short; anything else is
     * not a video at all.
     */
    private static String openFailure(Path file) {
        byte[] head = new byte[189];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "cannot read the file: " + e.getMessage();
        }
        return n >= 12 && looksLikeVideoContainer(java.util.Arrays.copyOf(head, n))
                ? "truncated or damaged video: the file starts like a video but cannot be read (an interrupted copy or upload?)"
                : "not a video file: FFmpeg does not recognize its content";
    }

    private static boolean looksLikeVideoContainer(byte[] h) {
        String box = new String(h, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return Set.of("ftyp", "moov", "mdat", "free", "wide", "skip").contains(box)           // MP4 / QuickTime
                || (h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F')                   // AVI
                || (h[0] == 0x1A && h[1] == 0x45 && (h[2] & 0xFF) == 0xDF && (h[3] & 0xFF) == 0xA3) // Matroska / WebM
                || (h[0] == 'F' && h[1] == 'L' && h[2] == 'V')                                   // Flash video
                || (h[0] == 0 && h[1] == 0 && h[2] == 1 && (h[3] & 0xFF) == 0xBA)               // MPEG program stream
                || (h.length > 188 && h[0] == 0x47 && h[188] == 0x47);                           // MPEG-TS: sync every 188 bytes
    }

    private static double duration(AVFormatContext fc, AVStream vs) {
        if (fc.duration() != AV_NOPTS_VALUE && fc.duration() > 0) {
            return fc.duration() / (double) AV_TIME_BASE;
        }
        if (vs.duration() != AV_NOPTS_VALUE && vs.duration() > 0) {
            return vs.duration() * av_q2d(vs.time_base());
        }
        return 0;
    }

    private static VideoStream videoStream(AVStream vs, double displayRotation) {
        AVCodecParameters par = vs.codecpar();
        String codec = avcodec_get_name(par.codec_id()).getString();
        BytePointer profileName = avcodec_profile_name(par.codec_id(), par.profile());
        String profile = profileName == null || profileName.isNull() ? null : profileName.getString();
        int pixFmt = par.format();
        BytePointer fmtName = pixFmt >= 0 ? av_get_pix_fmt_name(pixFmt) : null;
        String pixelFormat = fmtName == null || fmtName.isNull() ? null : fmtName.getString();
        int depth = 0;
        if (pixFmt >= 0) {
            AVPixFmtDescriptor d = av_pix_fmt_desc_get(pixFmt);
            depth = d == null || d.isNull() ? 0 : d.comp(0).depth();
        }
        double avg = rate(vs.avg_frame_rate().num(), vs.avg_frame_rate().den());
        double real = rate(vs.r_frame_rate().num(), vs.r_frame_rate().den());
        double fps = avg > 0 ? avg : real;
        // Phones and screen recorders write variable frame rate; the container's nominal rate then differs
        // from the average.
        boolean vfr = avg > 0 && real > 0 && Math.abs(avg - real) / real > 0.01;
        // FFmpeg's display matrix angle is counter-clockwise; players (and the old "rotate" tag) speak clockwise.
        int rotation = Math.floorMod(-(int) Math.round(displayRotation), 360);
        rotation = Math.round(rotation / 90f) * 90 % 360;
        return new VideoStream(codec, profile, par.width(), par.height(), Math.round(fps * 1000) / 1000.0, depth,
                pixelFormat, rotation, vfr);
    }

    private static double rate(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }

    private static AudioStream audioStream(AVCodecParameters par) {
        return new AudioStream(avcodec_get_name(par.codec_id()).getString(), par.ch_layout().nb_channels(),
                par.sample_rate());
    }

    /** Names of tags that can reveal where a video was shot (values are never kept). */
    static List<String> locationTags(FFmpegFrameGrabber g) {
        Set<String> found = new TreeSet<>();
        for (Map<String, String> m : List.of(g.getMetadata(), g.getVideoMetadata(), g.getAudioMetadata())) {
            if (m == null) {
                continue;
            }
            for (Map.Entry<String, String> e : m.entrySet()) {
                String k = e.getKey().toLowerCase(Locale.ROOT);
                if ((k.contains("location") || k.contains("gps") || k.endsWith("xyz"))
                        && e.getValue() != null && !e.getValue().isBlank()) {
                    found.add(e.getKey());
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Seeks to 90% of the duration and reads packets (no decoding, so this costs milliseconds): a file cut short
     * fails here because its index points past the end or the packet comes back incomplete.
     */
    private static void checkReadableNearEnd(AVFormatContext fc, AVStream vs, int vi, double duration)
            throws ProbeException {
        if (duration <= 1) {
            return;
        }
        long target = (long) (duration * 0.9 / av_q2d(vs.time_base()));
        if (vs.start_time() != AV_NOPTS_VALUE) {
            target += vs.start_time();
        }
        if (av_seek_frame(fc, vi, target, AVSEEK_FLAG_BACKWARD) < 0) {
            return; // not seekable (e.g. a raw stream): nothing to conclude
        }
        AVPacket pkt = av_packet_alloc();
        try {
            for (int i = 0; i < 500; i++) {
                if (av_read_frame(fc, pkt) < 0) {
                    break;
                }
                boolean ok = pkt.stream_index() == vi && pkt.size() > 0 && (pkt.flags() & AV_PKT_FLAG_CORRUPT) == 0;
                av_packet_unref(pkt);
                if (ok) {
                    return;
                }
            }
        } finally {
            av_packet_free(pkt);
        }
        throw new ProbeException(String.format(Locale.ROOT,
                "truncated or damaged video: the file claims %.1f s but its last part cannot be read", duration));
    }
}
