package nl.vidcat.media;

import nl.vidcat.store.CatalogLayout;
import nl.vidcat.io.Subtitles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;

/** Turns a record's stored sidecar subtitle file into {@code media/<id>/subtitles.<lang>.vtt} (WebVTT, UTF-8). */
final class SubtitleConverter {

    private SubtitleConverter() {
    }

    /** The new subtitle tracks, or empty when the record's tracks are already right. */
    static Optional<List<SubtitleTrack>> convert(Catalog catalog, VideoRecord r) throws IOException, MediaFailure {
        String sidecar = r.source() == null ? null : r.source().subtitlesFile();
        if (sidecar == null) {
            return r.media().subtitles().isEmpty() ? Optional.empty() : Optional.of(List.of());
        }
        Path in = catalog.resolve(sidecar);
        if (!Files.isRegularFile(in)) {
            throw new MediaFailure("the subtitle file " + sidecar + " is missing from the catalog");
        }
        List<Subtitles.Cue> cues = Subtitles.read(in);
        if (cues.isEmpty()) {
            throw new MediaFailure("the subtitle file " + sidecar + " has no readable cues (expected SubRip or WebVTT)");
        }
        byte[] vtt = Subtitles.toWebVtt(cues).getBytes(StandardCharsets.UTF_8);
        String lang = r.metadata() == null || r.metadata().language() == null ? "und" : r.metadata().language();
        String file = CatalogLayout.mediaFile(r.id(), "subtitles." + lang + ".vtt");
        Path out = catalog.resolve(file);
        String sha = FileHash.sha256(vtt);
        List<SubtitleTrack> tracks = List.of(new SubtitleTrack(file, lang, sha));
        if (tracks.equals(r.media().subtitles()) && FileHash.matches(out, sha)) {
            return Optional.empty();
        }
        AtomicFiles.write(out, vtt);
        return Optional.of(tracks);
    }
}
