package nl.vidcat.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;

/**
 * What of a video is published, and under which file names. A published video is a folder
 * {@code <id>/} with {@code index.html} (the player page), {@code video-<rendition>.mp4}, {@code poster.jpg} and
 * {@code subtitles.<lang>.vtt}: exactly the content of its IMS package, so unzipping the packages under
 * {@code --base-url} makes the NL-LOM locations real. Never the source original.
 *
 * @param rendition the 720p rendition, or the best other one when there is none ({@link #fallback})
 */
record Publication(VideoRecord record, Rendition rendition, boolean fallback, List<SubtitleTrack> subtitles,
                   List<String> subtitleNames) {

    static final String PREFERRED = "720p";
    static final String PAGE = "index.html";
    static final String POSTER = "poster.jpg";
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("[a-z0-9]{1,5}");

    /**
     * The publication of a record, or empty when it has no playable rendition yet. Preference: the rendition named
     * 720p; else the largest one not above 720 lines (lighter packages for school networks); else the smallest above.
     */
    static Optional<Publication> of(VideoRecord r) {
        List<Rendition> usable = r.media().renditions().stream()
                .filter(x -> x.file() != null && !x.file().isBlank()).toList();
        Optional<Rendition> preferred = usable.stream().filter(x -> PREFERRED.equalsIgnoreCase(x.name())).findFirst();
        Optional<Rendition> chosen = preferred
                .or(() -> usable.stream().filter(x -> x.height() <= 720).max(Comparator.comparingInt(Rendition::height)))
                .or(() -> usable.stream().min(Comparator.comparingInt(Rendition::height)));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<SubtitleTrack> subs = r.media().subtitles().stream()
                .filter(s -> s.file() != null && !s.file().isBlank()).toList();
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SubtitleTrack s : subs) {
            String lang = language(s.language());
            String name = "subtitles." + lang + ".vtt";
            for (int n = 2; !taken.add(name); n++) {
                name = "subtitles." + lang + "-" + n + ".vtt";
            }
            names.add(name);
        }
        return Optional.of(new Publication(r, chosen.get(), preferred.isEmpty(), subs, names));
    }

    String id() {
        return record.id();
    }

    /** {@code video-720p.mp4}: only lower-case letters, digits and '-' from the rendition name. */
    String videoName() {
        String name = rendition.name() == null ? "" : rendition.name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "video" + (name.isEmpty() ? "" : "-" + name) + "." + extension(rendition.file(), "mp4");
    }

    String mimeType() {
        return switch (extension(rendition.file(), "mp4")) {
            case "webm" -> "video/webm";
            case "mov" -> "video/quicktime";
            default -> "video/mp4";
        };
    }

    Optional<String> posterFile() {
        Poster p = record.media().poster();
        return p == null || p.jpeg() == null || p.jpeg().isBlank() ? Optional.empty() : Optional.of(p.jpeg());
    }

    /** ISO 639 code (optionally with a region) or "und": the value goes into file names and HTML attributes. */
    static String language(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(l).matches() ? l : "und";
    }

    private static String extension(String file, String fallback) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(ext).matches() ? ext : fallback;
    }
}
