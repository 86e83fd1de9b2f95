package nl.vidcat.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, plus the versions of the engines that shape the output. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{
                "vidcat " + version(),
                "Lucene " + org.apache.lucene.util.Version.LATEST,
                "JavaCV/FFmpeg " + org.bytedeco.ffmpeg.global.avutil.class.getPackage().getImplementationVersion(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
