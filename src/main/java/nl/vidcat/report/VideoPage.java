package nl.vidcat.report;

import static nl.vidcat.report.Html.esc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Review;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.review.Criterion;
import nl.vidcat.review.ReviewForm;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.Severity;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code videos/<id>.html}: the player, metadata, findings and review history of one video.
 * <p>
 * Browsers refuse {@code <track src>} files from {@code file://} pages (each local file is its own origin), so the
 * captions and the storyboard WebVTT are embedded as {@code data:} URLs, which every browser loads from disk. The
 * storyboard's sprite image is an ordinary image and is linked.
 */
final class VideoPage {

    private static final Logger LOG = LogManager.getLogger(VideoPage.class);
    /** WebVTT larger than this is not embedded (a caption file is a few kB; this keeps pages small). */
    static final long MAX_EMBEDDED_VTT = 512 * 1024;

    private final Path pageDir;

    VideoPage(Path pageDir) {
        this.pageDir = pageDir;
    }

    String render(VideoView v) {
        VideoRecord r = v.record();
        Metadata m = r.metadata();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(v.title())).append(" – videocatalogus</title>\n")
                .append("<link rel=\"stylesheet\" href=\"../assets/report.css\">\n</head>\n<body class=\"video\">\n")
                .append("<header class=\"top\"><div class=\"wrap\"><a class=\"back\" href=\"../index.html\">← Alle video’s</a>")
                .append("<h1>").append(esc(v.title())).append("</h1><p>").append(esc(IndexPage.metaLine(r)))
                .append("</p></div></header>\n<main class=\"wrap\">\n<div class=\"layout\">\n<div class=\"main\">\n");
        player(h, v);
        h.append("<p class=\"badges\">").append(IndexPage.statusBadge(r.status())).append(IndexPage.checkBadge(v))
                .append("</p>\n");
        if (m != null && m.description() != null) {
            h.append("<p class=\"description\">").append(esc(m.description())).append("</p>\n");
        }
        findings(h, v);
        reviews(h, r);
        h.append("</div>\n<aside class=\"facts\">\n<h2>Gegevens</h2>\n<dl>\n");
        facts(h, v);
        h.append("</dl>\n</aside>\n</div>\n</main>\n<script src=\"../assets/report.js\"></script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void player(StringBuilder h, VideoView v) {
        if (v.video() == null) {
            h.append("<div class=\"noplayer\">");
            if (v.poster() != null) {
                Html.picture(h, pageDir, v.poster(), v.posterWebp(), "alt=\"Poster\"");
            }
            h.append("<p>Er is nog geen webversie om af te spelen. Die maakt <code>vidcat transcode</code> (of")
                    .append(" <code>vidcat run</code>).</p></div>\n");
            return;
        }
        Rendition rd = v.rendition();
        h.append("<div class=\"player\"><video id=\"player\" controls preload=\"metadata\" width=\"").append(rd.width())
                .append("\" height=\"").append(rd.height()).append('"');
        if (v.poster() != null) {
            h.append(" poster=\"").append(esc(Html.relativeUrl(pageDir, v.poster()))).append('"');
        }
        h.append(">\n<source src=\"").append(esc(Html.relativeUrl(pageDir, v.video()))).append("\" type=\"video/mp4\">\n");
        String captions = dataUrl(v.subtitles());
        if (captions != null) {
            String lang = v.subtitleTrack().language() == null ? "nl" : v.subtitleTrack().language();
            h.append("<track kind=\"subtitles\" srclang=\"").append(esc(lang)).append("\" label=\"")
                    .append(esc(languageName(lang))).append("\" src=\"").append(captions).append("\" default>\n");
        }
        String storyboard = dataUrl(v.storyboard());
        if (storyboard != null) {
            h.append("<track kind=\"metadata\" id=\"storyboard\" label=\"storyboard\" src=\"").append(storyboard)
                    .append("\" data-base=\"").append(esc(Html.relativeUrl(pageDir, v.storyboard().getParent())))
                    .append("/\">\n");
        }
        h.append("Uw browser kan deze video niet afspelen.</video>\n");
        if (storyboard != null) {
            h.append("<div class=\"scrub\" id=\"scrub\" hidden><label>Doorzoeken <input type=\"range\" id=\"scrub-range\"")
                    .append(" min=\"0\" max=\"").append(Math.max(1, Math.round(v.durationSeconds()))).append("\" step=\"0.5\"")
                    .append(" value=\"0\"></label><div class=\"preview\" id=\"scrub-preview\" hidden><div class=\"tile\"></div>")
                    .append("<span></span></div></div>\n");
        }
        h.append("</div>\n");
    }

    /** The file as a base64 data: URL for a track element; null when absent, too large or unreadable. */
    private static String dataUrl(Path vtt) {
        if (vtt == null) {
            return null;
        }
        try {
            if (Files.size(vtt) > MAX_EMBEDDED_VTT) {
                LOG.warn("not embedding {}: larger than {} bytes", vtt, MAX_EMBEDDED_VTT);
                return null;
            }
            return "data:text/vtt;charset=utf-8;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(vtt));
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", vtt, e.getMessage());
            return null;
        }
    }

    private static void findings(StringBuilder h, VideoView v) {
        h.append("<section class=\"findings\"><h2>Bevindingen</h2>\n");
        if (v.findings().isEmpty()) {
            h.append("<p class=\"allgood\">Geen bevindingen: deze video is in orde.</p>\n");
        } else {
            h.append("<ul>\n");
            for (Finding f : v.findings()) {
                h.append("<li class=\"").append(Labels.css(f.severity())).append("\"><span class=\"sev\">")
                        .append(f.severity() == Severity.ERROR ? "Fout" : "Waarschuwing").append("</span> ")
                        .append(esc(f.nl()));
                if (f.location() != null && f.location().field() != null) {
                    h.append(" <code class=\"where\">").append(esc(f.location().field())).append("</code>");
                }
                h.append("<br><small>").append(esc(IndexPage.title(f))).append(" <code>").append(esc(IndexPage.code(f)))
                        .append("</code></small></li>\n");
            }
            h.append("</ul>\n");
        }
        if (v.record().origin() != null && v.record().origin().sheet() != null) {
            h.append("<p class=\"hint\">De metadata van deze video staat in <b>").append(esc(v.record().origin().sheet()))
                    .append("</b>");
            if (v.record().origin().line() != null) {
                h.append(", regel ").append(v.record().origin().line());
            }
            h.append(". Pas die aan en importeer opnieuw.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void reviews(StringBuilder h, VideoRecord r) {
        h.append("<section class=\"reviews\"><h2>Beoordelingen</h2>\n");
        if (r.reviews().isEmpty()) {
            h.append("<p>Nog niet beoordeeld. Een vakcollega beoordeelt met <code>vidcat review ")
                    .append(esc(r.id())).append(" …</code></p>\n</section>\n");
            return;
        }
        h.append("<div class=\"tablewrap\"><table>\n<thead><tr><th>Datum</th><th>Beoordelaar</th>");
        for (Criterion c : Criterion.values()) {
            h.append("<th>").append(esc(shortLabel(c))).append("</th>");
        }
        h.append("<th>Leerlingen</th><th>Besluit</th><th>Opmerking</th></tr></thead>\n<tbody>\n");
        List<Review> newestFirst = r.reviews().reversed();
        for (Review rv : newestFirst) {
            h.append("<tr><td>").append(esc(Labels.day(rv.at()))).append("</td><td>").append(esc(rv.reviewer())).append("</td>");
            for (Criterion c : Criterion.values()) {
                String value = rv.scores().get(c.key());
                boolean low = value != null && (c.scored() ? value.matches("[12]") : ReviewForm.NOT_OK.equals(value));
                h.append(low ? "<td class=\"low\">" : "<td>").append(esc(Labels.score(c, value))).append("</td>");
            }
            h.append("<td>").append(esc(Labels.studentRatings(rv.scores().get(ReviewForm.STUDENTS_KEY)))).append("</td>")
                    .append("<td><span class=\"badge dec-").append(esc(rv.decision())).append("\">")
                    .append(esc(Labels.decision(rv.decision()))).append("</span></td><td class=\"comment\">")
                    .append(esc(rv.comment())).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n<p class=\"hint\">Scores van 1 (onvoldoende) tot 5 (uitstekend); nieuwste")
                .append(" beoordeling bovenaan.</p>\n</section>\n");
    }

    private static String shortLabel(Criterion c) {
        return switch (c) {
            case CONTENT -> "Inhoud";
            case DIDACTICS -> "Didactiek";
            case USABILITY -> "Bruikbaarheid";
            case COPYRIGHT -> "Auteursrecht";
        };
    }

    private void facts(StringBuilder h, VideoView v) {
        VideoRecord r = v.record();
        Metadata m = r.metadata();
        if (m != null) {
            fact(h, "Vak", Labels.term(m.subject()));
            fact(h, "Niveau", Labels.terms(m.levels()));
            fact(h, "Leerjaar", m.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            fact(h, "Kerndoelen", m.goals().stream().map(VideoPage::goal).collect(Collectors.joining("\n")));
            fact(h, "Trefwoorden", String.join(", ", m.keywords()));
            fact(h, "Taal", languageName(m.language()));
            fact(h, "Licentie", Labels.term(m.licence()));
            fact(h, "School", m.school());
            fact(h, "Docent", m.teacher());
            fact(h, "Makers", makers(m));
        }
        fact(h, "Duur", Labels.duration(v.durationSeconds()));
        SourceFile s = r.source();
        if (s != null) {
            fact(h, "Origineel", s.originalPath());
            if (s.video() != null) {
                fact(h, "Origineel beeld", s.video().displayWidth() + "×" + s.video().displayHeight() + ", "
                        + s.video().codec() + (s.audio() == null ? ", zonder geluid" : ""));
            }
            if (s.hasLocation()) {
                fact(h, "Privacy", "Het originele bestand bevat locatiegegevens (GPS). Die staan niet in de"
                        + " webversie en worden nooit gepubliceerd.");
            }
        }
        if (!r.media().renditions().isEmpty()) {
            fact(h, "Webversies", r.media().renditions().stream()
                    .map(x -> x.name() + " (" + x.width() + "×" + x.height() + ", " + Labels.size(x.size()) + ")")
                    .collect(Collectors.joining("\n")));
        }
        if (!r.media().subtitles().isEmpty()) {
            fact(h, "Ondertitels", r.media().subtitles().stream().map(t -> languageName(t.language()))
                    .collect(Collectors.joining(", ")));
        }
        fact(h, "Geïmporteerd", Labels.dayTime(r.ingestedAt()));
        fact(h, "Gewijzigd", Labels.dayTime(r.updatedAt()));
        fact(h, "Id", r.id());
    }

    private static String goal(Term t) {
        if (!t.known()) {
            return t.input() + " (onbekend)";
        }
        if (t.label() == null) {
            return "Kerndoel " + t.code();
        }
        // vocabulary labels usually name the kerndoel already ("VO Kerndoel 22: Rekenstructuren …")
        return t.label().toLowerCase(java.util.Locale.ROOT).contains("kerndoel") ? t.label()
                : "Kerndoel " + t.code() + ": " + t.label();
    }

    /**
     * Makers are minors: their names appear only with recorded consent, as in every export. The report is internal,
     * but it is a folder of files that gets copied and mailed; the coordinator has the sheet when a name is needed.
     */
    static String makers(Metadata m) {
        if (m.makers().isEmpty()) {
            return "niet opgegeven";
        }
        if (m.makersMayBeNamed()) {
            return String.join(", ", m.makers());
        }
        int n = m.makers().size();
        return n + (n == 1 ? " leerling" : " leerlingen") + " (namen niet getoond: geen toestemming)";
    }

    private static void fact(StringBuilder h, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        h.append("<dt>").append(label).append("</dt><dd>").append(esc(value).replace("\n", "<br>")).append("</dd>\n");
    }

    private static String languageName(String code) {
        if (code == null) {
            return "";
        }
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.forLanguageTag("nl"));
        return name.isBlank() || name.equals(code) ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
