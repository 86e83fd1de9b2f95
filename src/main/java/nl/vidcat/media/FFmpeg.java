package nl.vidcat.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.io.VidcatException;
import nl.vidcat.store.Warmup;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;

/**
 * The FFmpeg that JavaCV ships (GPL build, with libx264): its libraries for in-process probing and its
 * {@code ffmpeg}/{@code ffprobe} executables. vidcat never uses a system FFmpeg.
 */
public final class FFmpeg {

    private static final Logger LOG = LogManager.getLogger(FFmpeg.class);
    private static final Logger FFMPEG_LOG = LogManager.getLogger("ffmpeg");

    static {
        // JavaCPP picks the -gpl natives (libx264) only when asked; must happen before any Loader call.
        if (System.getProperty("org.bytedeco.javacpp.platform.extension") == null) {
            System.setProperty("org.bytedeco.javacpp.platform.extension", "-gpl");
        }
        // JavaCPP/JavaCV warnings go through SLF4J into Log4j2 instead of straight to stderr.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
    }

    private static volatile boolean librariesReady;
    private static volatile Path ffmpeg;
    private static volatile Path ffprobe;
    // Held in a static field: FFmpeg calls it from native code for the life of the process.
    private static LogCallback logCallback;

    private FFmpeg() {
    }

    /**
     * Loads the libraries once and routes FFmpeg's own log lines into Log4j2 (logger "ffmpeg", debug level), so
     * nothing FFmpeg says reaches the console directly.
     */
    public static void initLibraries() {
        if (librariesReady) {
            return;
        }
        synchronized (FFmpeg.class) {
            if (librariesReady) {
                return;
            }
            try {
                Loader.load(avutil.class);
                Loader.load(org.bytedeco.ffmpeg.global.avformat.class);
                Loader.load(org.bytedeco.ffmpeg.global.avcodec.class);
            } catch (LinkageError e) { // after a failed load in another thread: NoClassDefFoundError
                throw missingLibrary(e);
            }
            logCallback = new LogCallback() {
                @Override
                public void call(int level, BytePointer msg) {
                    if (FFMPEG_LOG.isDebugEnabled() && msg != null) {
                        String s = msg.getString().stripTrailing();
                        if (!s.isEmpty()) {
                            FFMPEG_LOG.debug(s);
                        }
                    }
                }
            };
            logCallback.retainReference();
            avutil.av_log_set_level(avutil.AV_LOG_WARNING);
            avutil.setLogCallback(logCallback);
            librariesReady = true;
        }
    }

    /**
     * Starts locating the executables and loading the libraries on a background thread. JavaCPP checks its cache and
     * loads some 30 MB of libraries; the media commands start this before they
     * read the catalog, profiles and records, so it overlaps with that instead of delaying the first video.
     */
    public static void preload() {
        Warmup.start("ffmpeg-preload", () -> {
            ffmpeg();
            ParentDeath.prepare();
            initLibraries();
        });
    }

    /** Path of the bundled {@code ffmpeg} executable (extracted once to the JavaCPP cache). */
    public static synchronized Path ffmpeg() {
        if (ffmpeg == null) {
            ffmpeg = executable(org.bytedeco.ffmpeg.ffmpeg.class);
        }
        return ffmpeg;
    }

    /** Path of the bundled {@code ffprobe} executable. */
    public static synchronized Path ffprobe() {
        if (ffprobe == null) {
            ffprobe = executable(org.bytedeco.ffmpeg.ffprobe.class);
        }
        return ffprobe;
    }

    /**
     * A process builder for the bundled ffmpeg with {@code args} as an argument list (never a shell string), with
     * the library path set so the executable finds the libraries shipped beside it.
     */
    public static ProcessBuilder command(List<String> args) {
        return builder(ffmpeg(), args);
    }

    /** Same as {@link #command} for ffprobe. */
    public static ProcessBuilder probeCommand(List<String> args) {
        return builder(ffprobe(), args);
    }

    private static ProcessBuilder builder(Path exe, List<String> args) {
        List<String> cmd = new ArrayList<>(args.size() + 1);
        cmd.add(exe.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        String dir = exe.getParent().toString();
        String old = pb.environment().get("LD_LIBRARY_PATH");
        pb.environment().put("LD_LIBRARY_PATH", old == null || old.isEmpty() ? dir : dir + ":" + old);
        return pb;
    }

    private static Path executable(Class<?> preset) {
        try {
            String p = Loader.load(preset);
            LOG.debug("bundled {} at {}", preset.getSimpleName(), p);
            return Path.of(p);
        } catch (LinkageError e) { // after a failed load in another thread: NoClassDefFoundError
            throw missingLibrary(e);
        }
    }

    /**
     * FFmpeg's libraries cannot be loaded on this machine: a problem of the machine, not of any one video, so the
     * media stages stop with it (exit 2) instead of noting it as every video's failure.
     */
    public static final class Unavailable extends VidcatException {

        Unavailable(String message, Throwable cause) {
            super(VidcatException.USAGE, message, cause);
        }
    }

    private static Unavailable missingLibrary(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        // JavaCPP's message names its own library ("no jniavdevice in java.library.path"), not the system library
        // the dynamic linker missed; libavdevice, which the ffmpeg executable links, is the one needing libpulse.
        String hint = mentions(e, "libpulse") || !systemLibraryPresent("libpulse.so.0")
                ? "the bundled FFmpeg needs the PulseAudio client library: sudo apt-get install libpulse0"
                : "the bundled FFmpeg libraries could not be loaded: " + msg;
        return new Unavailable(hint, e);
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the dynamic linker can find {@code name}: in a directory of LD_LIBRARY_PATH or in its cache of the
     * system's libraries, which names each one (what {@code ldconfig -p} lists). Only decides which hint to give.
     */
    static boolean systemLibraryPresent(String name) {
        String path = System.getenv("LD_LIBRARY_PATH");
        for (String dir : path == null ? new String[0] : path.split(":")) {
            if (!dir.isEmpty() && Files.exists(Path.of(dir, name))) {
                return true;
            }
        }
        try {
            byte[] cache = Files.readAllBytes(Path.of("/etc/ld.so.cache"));
            return new String(cache, StandardCharsets.ISO_8859_1).contains(name + "\0");
        } catch (IOException e) {
            return true; // no cache to ask (not glibc): say what failed instead of guessing
        }
    }
}
