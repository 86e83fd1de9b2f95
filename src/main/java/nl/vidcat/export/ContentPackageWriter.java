package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.RecordIds;
import nl.vidcat.io.VidcatException;
import nl.vidcat.vocab.Vocabularies;

/**
 * {@code --format imscp}: an IMS Content Package per video ({@code <id>.zip}) and, with {@code --collection NAME},
 * one package with all exported videos ({@code collection-<name>.zip}). A video package holds
 * {@code imsmanifest.xml}, the player page, the chosen rendition, the poster and the WebVTT subtitles; unzipped
 * under {@code --base-url}/&lt;id&gt;/ it is also the published web folder the NL-LOM records point at.
 */
final class ContentPackageWriter implements FormatWriter {

    private final WrittenFiles files = new WrittenFiles();

    /** A video whose files are all present, mapped to zip entry names (relative to its folder). */
    private record Packed(Publication pub, Map<String, Path> media) {
    }

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        List<Packed> packed = new ArrayList<>();
        for (ExportJob.Item item : job.items) {
            Packed p = resolve(job, item.publication());
            if (p != null) {
                packed.add(p);
            }
        }
        try {
            WrittenFiles.eachInParallel(packed, p -> {
                String prefix = job.request.baseUrl() != null ? job.videoUrl(p.pub().id()) : "";
                LomRecord lom = job.mapper.map(p.pub(), prefix);
                DeterministicZip zip = new DeterministicZip();
                zip.add("imsmanifest.xml", Manifest.write("MANIFEST-" + p.pub().id(), lom.title(), lom,
                        List.of(resource(p, lom, "")), List.of()));
                addVideo(zip, p, "");
                write(dir.resolve(p.pub().id() + ".zip"), zip);
                job.progress.advance(1, p.pub().id());
            });
            if (job.request.collection() != null && !packed.isEmpty()) {
                writeCollection(job, dir, packed);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return null;
    }

    private void writeCollection(ExportJob job, Path dir, List<Packed> packed) {
        String name = job.request.collection();
        String slug = RecordIds.slug(name).isEmpty() ? "collection" : RecordIds.slug(name);
        List<Publication> pubs = packed.stream().map(Packed::pub).toList();
        List<LomRecord> loms = new ArrayList<>();
        List<Manifest.Resource> resources = new ArrayList<>();
        DeterministicZip zip = new DeterministicZip();
        for (Packed p : packed) {
            String folder = p.pub().id() + "/";
            LomRecord lom = job.mapper.map(p.pub(),
                    job.request.baseUrl() != null ? job.videoUrl(p.pub().id()) : folder);
            loms.add(lom);
            resources.add(resource(p, lom, folder));
            addVideo(zip, p, folder);
        }
        String overview = job.request.baseUrl() != null ? job.request.baseUrl() + "/collections/" + slug + "/" : "";
        LomRecord lom = job.mapper.collection(name, pubs, loms, overview);
        zip.add("imsmanifest.xml", Manifest.write("MANIFEST-collection-" + slug, name, lom, resources,
                List.of(Publication.PAGE)));
        zip.add(Publication.PAGE, PlayerPage.collection(name, pubs).getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("collection-" + slug + ".zip"), zip);
    }

    private static Manifest.Resource resource(Packed p, LomRecord lom, String folder) {
        List<String> names = new ArrayList<>();
        names.add(folder + Publication.PAGE);
        p.media().keySet().forEach(n -> names.add(folder + n));
        return new Manifest.Resource(p.pub().id(), p.pub().record().metadata().title(), folder + Publication.PAGE,
                lom, names);
    }

    private static void addVideo(DeterministicZip zip, Packed p, String folder) {
        String licenceUrl = p.pub().record().metadata().licence() == null ? null
                : Vocabularies.get().licenceUrl(p.pub().record().metadata().licence().id()).orElse(null);
        zip.add(folder + Publication.PAGE, PlayerPage.video(p.pub(), licenceUrl).getBytes(StandardCharsets.UTF_8));
        p.media().forEach((name, file) -> zip.add(folder + name, file));
    }

    /**
     * The files of a video on disk, or null (and the record skipped) when the video itself is missing. A missing
     * poster or subtitle file only drops that file, with a note.
     */
    private static Packed resolve(ExportJob job, Publication pub) {
        Map<String, Path> media = new LinkedHashMap<>();
        try {
            Path video = job.catalog.resolve(pub.rendition().file());
            if (!Files.isRegularFile(video)) {
                job.skip(pub.id(), ExportResult.Reason.NO_MEDIA, "video file " + pub.rendition().file()
                        + " is missing; run 'vidcat transcode " + pub.id() + "'");
                return null;
            }
            media.put(pub.videoName(), video);
            Publication p = pub;
            String poster = pub.posterFile().orElse(null);
            if (poster != null) {
                Path f = job.catalog.resolve(poster);
                if (Files.isRegularFile(f)) {
                    media.put(Publication.POSTER, f);
                } else {
                    job.note(pub.id() + ": poster " + poster + " is missing, packaged without it");
                    p = withoutPoster(p);
                }
            }
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < pub.subtitles().size(); i++) {
                Path f = job.catalog.resolve(pub.subtitles().get(i).file());
                if (Files.isRegularFile(f)) {
                    media.put(pub.subtitleNames().get(i), f);
                    keep.add(i);
                } else {
                    job.note(pub.id() + ": subtitles " + pub.subtitles().get(i).file() + " are missing, packaged"
                            + " without them");
                }
            }
            if (keep.size() != pub.subtitles().size()) {
                p = new Publication(p.record(), p.rendition(), p.fallback(),
                        keep.stream().map(p.subtitles()::get).toList(),
                        keep.stream().map(p.subtitleNames()::get).toList());
            }
            return new Packed(p, media);
        } catch (VidcatException e) {
            job.skip(pub.id(), ExportResult.Reason.INVALID, e.getMessage());
            return null;
        }
    }

    private static Publication withoutPoster(Publication p) {
        var media = p.record().media().withPoster(null, p.record().media().storyboard());
        return new Publication(p.record().withMedia(media, p.record().updatedAt()), p.rendition(), p.fallback(),
                p.subtitles(), p.subtitleNames());
    }

    private void write(Path target, DeterministicZip zip) {
        files.write(target, zip::writeTo);
    }

    @Override
    public int files() {
        return files.count();
    }
}
