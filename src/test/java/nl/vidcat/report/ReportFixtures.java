package nl.vidcat.report;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Problem;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.VideoFixtures;

/**
 * Catalogs with posters, reviews and findings for the report tests; one video can be made playable for real.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
final class ReportFixtures {

    static final String SCRIPT_TITLE = "<script>document.body.dataset.pwned='1'</script> Titel <img src=x onerror=alert(1)>";

    /** id, title, subject, levels, years, goals, status. */
    static final List<String[]> VIDEOS = List.of(
            new String[]{"breuken-vereenvoudigen-3f9a2c1d", "Breuken vereenvoudigen", "wiskunde", "havo", "1", "KD22", "approved"},
            new String[]{"stelling-van-pythagoras-8b2e11aa", "De stelling van Pythagoras", "wiskunde", "vwo", "2", "KD22,KD24", "in-review"},
            new String[]{"fotosynthese-in-3-minuten-0c9d2e7f", "Fotosynthese in 3 minuten", "biologie", "havo, vwo", "1-2", "KD34", "approved"},
            new String[]{"present-perfect-uitgelegd-71aa09b2", "Present perfect uitgelegd", "Engels", "vmbo-gt", "2", "KD13", "draft"},
            new String[]{"hoe-werkt-een-dijk-5e1f0c33", "Hoe werkt een dijk?", "aardrijkskunde", "vmbo-k", "1", "KD47", "draft"},
            new String[]{"eerste-wereldoorlog-loopgraven-a4c8e901", "Eerste Wereldoorlog: de loopgraven", "geschiedenis", "havo", "3", "KD37", "rejected"},
            new String[]{"wet-van-ohm-2b7d4f10", "De wet van Ohm en weerstand", "natuurkunde", "vwo", "3", "KD31", "approved"},
            new String[]{"werkwoordspelling-d-of-t-6c0e8a21", "Werkwoordspelling: d of t?", "Nederlands", "vmbo-b, vmbo-k", "1", "KD4", "in-review"},
            new String[]{"vraag-en-aanbod-9f3b1d45", "Vraag en aanbod", "economie", "havo", "4", "KD42", "draft"},
            new String[]{"zuren-en-basen-d1e2f3a4", "Zuren en basen", "scheikunde", "vwo", "4", "KD99", "draft"},
            new String[]{"sterren-kijken-77e0aa12", "Sterren kijken met een telescoop", "sterrenkunde", "havo", "2", "KD32", "draft"},
            new String[]{"titel-met-code-0badc0de", SCRIPT_TITLE, "informatica", "vwo", "4", "KD20", "approved"});

    private ReportFixtures() {
    }

    /** A catalog holding {@link #VIDEOS} with posters on disk, reviews per status and a few findings. */
    static Catalog sampleCatalog(Path dir) throws IOException {
        Catalog c = Catalog.openOrCreate(dir);
        int i = 0;
        for (String[] v : VIDEOS) {
            VideoRecord r = RecordFixtures.sample(v[0], v[1], v[2], v[3], v[4], v[5]);
            r = withReviews(r, ReviewStatus.of(v[6]), i);
            Media m = Media.EMPTY;
            if (i != 8) {
                m = m.withPoster(new Poster(poster(c, v[0], i), null, 12.0, 0.8, 640, 360), null);
            }
            if (i % 3 != 2) {
                m = m.withRenditions(List.of(rendition(v[0], 60.0 + i * 37)));
            }
            r = r.withMedia(m, RecordFixtures.T0);
            if (i == 3) {
                r = r.withStageProblems("sheet", List.of(new Problem("sheet.bad-year",
                        "leerjaar 'tweede' is not a school year; use a number 1-6 or a range like 1-2")), RecordFixtures.T0);
            }
            if (i == 4) {
                r = withMakers(r, Boolean.FALSE);
            }
            if (i == SCRIPT_INDEX) {
                r = scriptEverywhere(r);
            }
            source(c, r);
            c.save(r);
            i++;
        }
        return c;
    }

    static final int SCRIPT_INDEX = 11;

    /** The ingested original as ingest leaves it; its content does not matter to the report. */
    static void source(Catalog c, VideoRecord r) throws IOException {
        Path p = c.resolve(r.source().file());
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p'});
    }

    static String poster(Catalog c, String id, int seed) throws IOException {
        String rel = "media/" + id + "/poster.jpg";
        Path p = c.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, jpeg(640, 360, seed));
        return rel;
    }

    /** A poster-like picture: a colour gradient with a few shapes. Drawn without fonts, so it works headless. */
    static byte[] jpeg(int w, int h, int seed) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = (seed * 0.13f) % 1f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.55f, 0.85f), w, h,
                Color.getHSBColor((hue + 0.12f) % 1f, 0.7f, 0.45f)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 255, 255, 70));
        g.fillOval(w / 2 - h / 4 + seed * 9 % 80, h / 4, h / 2, h / 2);
        g.setColor(new Color(255, 255, 255, 160));
        g.fillRoundRect(w / 10, h * 7 / 10, w * 6 / 10, h / 14, 12, 12);
        g.fillRoundRect(w / 10, h * 8 / 10, w * 4 / 10, h / 14, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static Rendition rendition(String id, double seconds) {
        return new Rendition("720p", "web-720p", "media/" + id + "/720p.mp4", 1280, 720, "h264", "High", "yuv420p",
                "aac", seconds, 3_400_000, 1_800_000, "a".repeat(64), false, true);
    }

    private static VideoRecord withReviews(VideoRecord r, ReviewStatus status, int i) {
        Instant at = RecordFixtures.T0.plusSeconds(86_400L * (3 + i));
        Review revise = new Review("mw. Jansen", at, Map.of("content", "4", "didactics", "3", "usability", "2",
                "copyright", "ok", "students", "3,4,4"), "revise", "Het geluid is te zacht; neem de uitleg opnieuw op.");
        Review approve = new Review("dhr. Bakker", at.plusSeconds(86_400 * 7), Map.of("content", "5", "didactics", "4",
                "usability", "4", "copyright", "ok"), "approve", "Heldere uitleg, goed tempo.");
        Review reject = new Review("mw. El Amrani", at, Map.of("content", "3", "copyright", "not-ok"), "reject",
                "Bevat een fragment uit een tv-documentaire zonder toestemming.");
        return switch (status) {
            case DRAFT -> r;
            case IN_REVIEW -> r.withReview(revise, ReviewStatus.IN_REVIEW, at);
            case APPROVED -> r.withReview(revise, ReviewStatus.IN_REVIEW, at).withReview(approve, ReviewStatus.APPROVED, at);
            case REJECTED -> r.withReview(reject, ReviewStatus.REJECTED, at);
        };
    }

    static VideoRecord withMakers(VideoRecord r, Boolean consent) {
        Metadata m = r.metadata();
        Metadata changed = m.toBuilder().makers(List.of("Sanne Visser", "Daan de Boer")).consent(consent).build();
        return r.withMetadata(changed, r.origin(), r.updatedAt());
    }

    /** Record text with markup in every free-text field, and a source with GPS tags. */
    static VideoRecord scriptEverywhere(VideoRecord r) {
        Metadata m = r.metadata();
        String s = "<script>document.body.dataset.pwned='2'</script>";
        Metadata changed = m.toBuilder().description("Beschrijving " + s + " & \"quotes\"").keywords(List.of("code", s))
                .school("School " + s).teacher("Docent " + s).makers(List.of("Maker " + s)).consent(Boolean.TRUE)
                .build();
        SourceFile src = r.source();
        SourceFile gps = new SourceFile(src.originalPath(), src.file(), src.size(), src.sha256(), src.container(),
                src.durationSeconds(), src.video(), src.audio(), List.of("location", "com.apple.quicktime.location.ISO6709"),
                null);
        Review review = new Review("Beoordelaar " + s, RecordFixtures.T0, Map.of("content", "5", "didactics", "5",
                "usability", "5", "copyright", "ok"), "approve", "Opmerking " + s);
        VideoRecord out = r.withMetadata(changed, r.origin(), r.updatedAt()).withSource(gps, r.updatedAt());
        return new VideoRecord(out.schemaVersion(), out.id(), out.metadata(), out.source(), out.origin(), out.media(),
                ReviewStatus.APPROVED, List.of(review), List.of(new Problem("ingest.odd", "Bericht " + s)),
                out.ingestedAt(), out.updatedAt());
    }

    /**
     * Makes the first video really playable: a 720p H.264 rendition of {@code seconds}, Dutch captions and a
     * storyboard sprite with its WebVTT, as the media stage lays them out.
     */
    static VideoRecord playable(Catalog c, String id, double seconds) throws IOException {
        VideoRecord r = c.find(id).orElseThrow();
        Path dir = c.mediaDir(id);
        Files.createDirectories(dir);
        VideoFixtures.clip(dir.resolve("720p.mp4"), 1280, 720, seconds, true);
        Files.writeString(dir.resolve("nl.vtt"), """
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                Hallo! Vandaag leren we breuken vereenvoudigen.

                00:00:02.000 --> 00:00:04.000
                Deel teller en noemer door de <b>ggd</b>.
                """, StandardCharsets.UTF_8);
        int tiles = (int) Math.ceil(seconds);
        int columns = 5;
        int tw = 160;
        int th = 90;
        BufferedImage sprite = new BufferedImage(columns * tw, ((tiles + columns - 1) / columns) * th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sprite.createGraphics();
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int t = 0; t < tiles; t++) {
            int x = (t % columns) * tw;
            int y = (t / columns) * th;
            g.setColor(Color.getHSBColor(t / (float) tiles, 0.6f, 0.9f));
            g.fillRect(x, y, tw, th);
            vtt.append(String.format("%s --> %s%nstoryboard.jpg#xywh=%d,%d,%d,%d%n%n", ts(t), ts(t + 1), x, y, tw, th));
        }
        g.dispose();
        ImageIO.write(sprite, "jpg", dir.resolve("storyboard.jpg").toFile());
        Files.writeString(dir.resolve("storyboard.vtt"), vtt);
        Media m = r.media()
                .withRenditions(List.of(new Rendition("720p", "web-720p", "media/" + id + "/720p.mp4", 1280, 720, "h264",
                        "High", "yuv420p", "aac", 95.0, Files.size(dir.resolve("720p.mp4")), 1_000_000, "b".repeat(64),
                        false, true)))
                .withPoster(r.media().poster(), new Storyboard("media/" + id + "/storyboard.jpg",
                        "media/" + id + "/storyboard.vtt", 1.0, tw, th, columns, tiles))
                .withSubtitles(List.of(new SubtitleTrack("media/" + id + "/nl.vtt", "nl", "c".repeat(64))));
        VideoRecord out = r.withMedia(m, r.updatedAt());
        c.save(out);
        return out;
    }

    private static String ts(int s) {
        return String.format("00:%02d:%02d.000", s / 60, s % 60);
    }

    /** {@code n} records written straight to disk (no fsync), for timing. */
    static Catalog large(Path dir, int n) throws IOException {
        Catalog c = Catalog.openOrCreate(dir);
        // one poster file shared by all: the report still checks each record's poster on disk
        String rel = "media/shared/poster.jpg";
        Files.createDirectories(c.resolve(rel).getParent());
        Files.write(c.resolve(rel), jpeg(320, 180, 1));
        String[] subjects = {"wiskunde", "biologie", "Engels", "geschiedenis", "natuurkunde", "Nederlands"};
        String[] levels = {"havo", "vwo", "vmbo-gt", "vmbo-k, vmbo-b", "havo, vwo"};
        ReviewStatus[] statuses = ReviewStatus.values();
        List<VideoRecord> base = new ArrayList<>();
        for (int k = 0; k < subjects.length * levels.length; k++) {
            base.add(RecordFixtures.sample("x-00000000", "Video", subjects[k % subjects.length], levels[k % levels.length],
                    "1-2", "KD22, KD23"));
        }
        for (int i = 0; i < n; i++) {
            String id = String.format("instructievideo-%05d-%08x", i, i * 2654435761L & 0xffffffffL);
            VideoRecord b = base.get(i % base.size());
            Media m = Media.EMPTY.withPoster(new Poster(rel, null, 3, 1, 320, 180), null)
                    .withRenditions(List.of(rendition(id, 30 + i % 300)));
            Metadata bm = b.metadata();
            Metadata md = bm.toBuilder().title("Instructievideo " + i + " over " + bm.subject().label()).build();
            VideoRecord r = new VideoRecord(b.schemaVersion(), id, md, b.source(), b.origin(), m,
                    statuses[i % statuses.length], List.of(), b.problems(), b.ingestedAt(), b.updatedAt());
            Files.write(c.recordFile(id), Json.pretty(r));
        }
        return c;
    }
}
