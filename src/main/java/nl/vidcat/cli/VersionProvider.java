package nl.vidcat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
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

    /**
     * The commit the build recorded (Maven writes it into the jar's manifest), or "unknown" (classes outside a jar,
     * built outside git). Looked up through the class path, not the code source of a class: a class from a
     * class-data-sharing archive has the code source the archive was made with, and the packaged archive is made
     * before the app is unpacked or installed elsewhere.
     */
    static String commit() {
        try {
            Enumeration<URL> manifests = Main.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    String c = new Manifest(in).getMainAttributes().getValue("Vidcat-Commit");
                    if (c != null && !c.isBlank()) {
                        return c;
                    }
                }
            }
        } catch (IOException e) {
            // a class path vidcat cannot read is no reason not to print the rest
        }
        return "unknown";
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
