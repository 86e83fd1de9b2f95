package nl.vidcat.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code vidcat --version}: vidcat's version and the commit it was built from (both from the jar manifest), and the
 * versions of the engines that shape the output: FFmpeg, Lucene and the Java runtime. FFmpeg's natives are loaded
 * only here and by the media commands; where they cannot load, the line says so and the rest still prints.
 */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The commit the build recorded (Maven writes it into the manifest), or "unknown" (no jar, built outside git). */
    static String commit() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return "unknown";
            }
            try (JarFile f = new JarFile(jar.toFile())) {
                Manifest m = f.getManifest();
                String c = m == null ? null : m.getMainAttributes().getValue("Vidcat-Commit");
                return c == null || c.isBlank() ? "unknown" : c;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String ffmpegVersion() {
        try {
            nl.vidcat.media.FFmpeg.initLibraries();
            return org.bytedeco.ffmpeg.global.avutil.av_version_info().getString() + " (bundled via JavaCV, GPL build)";
        } catch (RuntimeException | LinkageError e) {
            return "unavailable (" + e.getMessage() + "; only ingest, sheet, transcode, thumbnails and run need it)";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{
                "vidcat " + version() + " (commit " + commit() + ")",
                "FFmpeg " + ffmpegVersion(),
                "Lucene " + org.apache.lucene.util.Version.LATEST,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")"};
    }
}
