package nl.vidcat.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, plus the versions of the engines that shape the output. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static String ffmpegVersion() {
        try {
            nl.vidcat.media.FFmpeg.initLibraries();
            return org.bytedeco.ffmpeg.global.avutil.av_version_info().getString();
        } catch (RuntimeException | LinkageError e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{
                "vidcat " + version(),
                "Lucene " + org.apache.lucene.util.Version.LATEST,
                "FFmpeg " + ffmpegVersion() + " (bundled via JavaCV)",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
