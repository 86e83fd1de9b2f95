package nl.vidcat.model;

import java.util.List;

/**
 * Facts about the original file as imported. The original stays in the catalog (it may carry GPS tags) and is
 * never exported.
 *
 * @param originalPath   path relative to the import folder, '/'-separated
 * @param file           catalog-relative path of the stored original ({@code media/<id>/source.<ext>})
 * @param locationTags   names (never values) of GPS/location tags found in the container or streams
 * @param subtitlesFile  catalog-relative path of the stored sidecar subtitle file, or null
 */
public record SourceFile(
        String originalPath,
        String file,
        long size,
        String sha256,
        String container,
        double durationSeconds,
        VideoStream video,
        AudioStream audio,
        List<String> locationTags,
        String subtitlesFile) {

    public SourceFile {
        locationTags = locationTags == null ? List.of() : List.copyOf(locationTags);
    }

    public boolean hasAudio() {
        return audio != null;
    }

    public boolean hasLocation() {
        return !locationTags.isEmpty();
    }
}
