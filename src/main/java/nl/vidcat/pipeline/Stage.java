package nl.vidcat.pipeline;

import java.util.Locale;

/** The stages of {@code vidcat run}, in the order they run. */
public enum Stage {
    CHECK, INGEST, VALIDATE, TRANSCODE, THUMBNAILS, INDEX, REPORT, EXPORT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
