package nl.vidcat.media;

import nl.vidcat.store.CatalogLayout;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;

/**
 * Encoding profiles: named sets of renditions, read from {@code catalog-schema/profiles.json} in the jar, then
 * {@code CATALOG/profiles.json}, then a {@code --profiles-file}; a later file's profile replaces an earlier one of
 * the same name. The file format is documented in {@code catalog-schema/profiles.md}.
 */
public final class Profiles {

    public static final String DEFAULT = "web";
    static final int FORMAT_VERSION = 1;
    private static final String BUILT_IN = "/catalog-schema/profiles.json";
    private static final Set<String> VIDEO_CODECS = Set.of("h264", "vp9");
    private static final Set<String> AUDIO_CODECS = Set.of("aac", "opus");
    private static final Set<String> FORMATS = Set.of("mp4", "webm");

    /** One output of a profile. {@code size} is the short side in pixels (720 for 1280x720 and for 720x1280). */
    public record RenditionSpec(String name, int size, String format, VideoSpec video, AudioSpec audio) {
    }

    /**
     * @param keyframeSeconds a keyframe at least this often (seeking, thumbnails, future HLS segments)
     * @param options         extra encoder options passed as {@code -KEY:v VALUE}
     */
    public record VideoSpec(String codec, String profile, String preset, Integer crf, String maxBitrate,
                            String bufferSize, String pixelFormat, Double keyframeSeconds, Map<String, String> options) {
        public VideoSpec {
            options = options == null ? Map.of() : new TreeMap<>(options);
            pixelFormat = pixelFormat == null ? "yuv420p" : pixelFormat;
        }
    }

    public record AudioSpec(String codec, String bitrate, int sampleRate, int channels) {
    }

    public record Profile(String name, String description, List<RenditionSpec> renditions) {
        public Profile {
            renditions = List.copyOf(renditions);
        }
    }

    private final Map<String, Profile> profiles;

    private Profiles(Map<String, Profile> profiles) {
        this.profiles = profiles;
    }

    /** Built-in profiles only. */
    public static Profiles builtIn() {
        Map<String, Profile> all = new LinkedHashMap<>();
        try (InputStream in = Profiles.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            merge(all, Json.mapper().readTree(in), "built-in profiles");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILT_IN, e);
        }
        return new Profiles(all);
    }

    /**
     * Built-in profiles, overridden by {@code catalogDir/profiles.json} if present, then by {@code extraFile}
     * (may be null). A bad file is a usage error naming the file and the field.
     */
    public static Profiles load(Path catalogDir, Path extraFile) {
        Profiles p = builtIn();
        Map<String, Profile> all = new LinkedHashMap<>(p.profiles);
        Path catalogFile = catalogDir == null ? null : CatalogLayout.of(catalogDir).profilesFile();
        if (catalogFile != null && Files.isRegularFile(catalogFile)) {
            mergeFile(all, catalogFile);
        }
        if (extraFile != null) {
            if (!Files.isRegularFile(extraFile)) {
                throw VidcatException.usage("profiles file " + extraFile + " does not exist");
            }
            mergeFile(all, extraFile);
        }
        return new Profiles(all);
    }

    public Profile get(String name) {
        Profile p = profiles.get(name);
        if (p == null) {
            throw VidcatException.usage("unknown profile '" + name + "'; known profiles: " + String.join(", ", names()));
        }
        return p;
    }

    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    private static void mergeFile(Map<String, Profile> all, Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw VidcatException.usage("cannot read profiles file " + file + ": " + e.getMessage());
        }
        merge(all, root, file.toString());
    }

    private static void merge(Map<String, Profile> all, JsonNode root, String source) {
        if (root == null || !root.isObject() || !root.path("profiles").isObject()) {
            throw VidcatException.usage(source + ": expected an object with \"version\" and \"profiles\"");
        }
        int version = root.path("version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw VidcatException.usage(source + ": profiles format version " + version + " is not supported (expected "
                    + FORMAT_VERSION + ")");
        }
        for (Map.Entry<String, JsonNode> e : root.path("profiles").properties()) {
            String name = e.getKey();
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw VidcatException.usage(source + ": profile name '" + name + "' must be lower-case letters, digits, '-'");
            }
            List<RenditionSpec> specs = new ArrayList<>();
            JsonNode list = e.getValue().path("renditions");
            if (!list.isArray() || list.isEmpty()) {
                throw VidcatException.usage(source + ": profile '" + name + "' has no renditions");
            }
            for (JsonNode r : list) {
                RenditionSpec spec;
                try {
                    spec = Json.mapper().treeToValue(r, RenditionSpec.class);
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw VidcatException.usage(source + ": profile '" + name + "': " + ex.getOriginalMessage());
                }
                specs.add(check(spec, source + ": profile '" + name + "'"));
            }
            long distinct = specs.stream().map(RenditionSpec::name).distinct().count();
            if (distinct != specs.size()) {
                throw VidcatException.usage(source + ": profile '" + name + "' has two renditions with the same name");
            }
            all.put(name, new Profile(name, e.getValue().path("description").asText(""), specs));
        }
    }

    private static RenditionSpec check(RenditionSpec s, String where) {
        String w = where + " rendition '" + s.name() + "': ";
        if (s.name() == null || !s.name().matches("[a-z0-9][a-z0-9-]*")) {
            throw VidcatException.usage(where + ": rendition name '" + s.name() + "' must be lower-case letters, digits, '-'");
        }
        if (s.size() < 16 || s.size() > 4320 || s.size() % 2 != 0) {
            throw VidcatException.usage(w + "size must be an even number of pixels between 16 and 4320");
        }
        if (s.format() == null || !FORMATS.contains(s.format().toLowerCase(Locale.ROOT))) {
            throw VidcatException.usage(w + "format must be one of " + FORMATS);
        }
        if (s.video() == null || !VIDEO_CODECS.contains(s.video().codec())) {
            throw VidcatException.usage(w + "video.codec must be one of " + VIDEO_CODECS);
        }
        if (s.audio() == null || !AUDIO_CODECS.contains(s.audio().codec())) {
            throw VidcatException.usage(w + "audio.codec must be one of " + AUDIO_CODECS);
        }
        if (s.format().equals("webm") && (!s.video().codec().equals("vp9") || !s.audio().codec().equals("opus"))) {
            throw VidcatException.usage(w + "WebM holds only vp9 video and opus audio");
        }
        if (s.audio().sampleRate() <= 0 || s.audio().channels() <= 0 || s.audio().bitrate() == null) {
            throw VidcatException.usage(w + "audio needs bitrate, sampleRate and channels");
        }
        if (s.video().crf() == null && s.video().maxBitrate() == null) {
            throw VidcatException.usage(w + "video needs crf or maxBitrate");
        }
        // x264's ultrafast turns off CABAC and B-frames, so its output is Constrained Baseline whatever profile is
        // asked for, and every rendition would then fail verification after a wasted encode.
        if ("ultrafast".equals(s.video().preset()) && s.video().profile() != null
                && !s.video().profile().equals("baseline")) {
            throw VidcatException.usage(w + "preset ultrafast can only make profile baseline (use superfast or slower)");
        }
        return s;
    }
}
