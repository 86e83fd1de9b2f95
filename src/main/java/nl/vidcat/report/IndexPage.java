package nl.vidcat.report;

import static nl.vidcat.report.Html.esc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.Severity;

/**
 * {@code index.html}: a summary of what to fix first, filters, and a grid of every video. The grid is plain HTML
 * (it works without JavaScript); the filters only toggle {@code hidden} on the cards, and their state lives in the
 * URL hash ({@code #vak=wiskunde&status=approved}) so a filtered view can be bookmarked or opened from a link.
 * Images load lazily and cards skip layout off-screen, so 5,000 videos open quickly.
 */
final class IndexPage {

    private final String catalogName;
    private final Instant generated;
    private final Path reportDir;
    /** Record files that cannot be read, and strays: first on the to-do list, never silently left out. */
    private final List<String> unreadable;
    private final CoverageSection coverage;

    IndexPage(String catalogName, Instant generated, Path reportDir, List<String> unreadable, CoverageSection coverage) {
        this.catalogName = catalogName;
        this.generated = generated;
        this.reportDir = reportDir;
        this.unreadable = unreadable;
        this.coverage = coverage;
    }

    String render(List<VideoView> views) {
        StringBuilder h = new StringBuilder(1024 + views.size() * 900);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"vidcat report\">\n")
                .append("<title>Videocatalogus ").append(esc(catalogName)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"assets/report.css\">\n</head>\n<body class=\"index\">\n")
                .append("<header class=\"top\"><div class=\"wrap\"><h1>Videocatalogus <span>").append(esc(catalogName))
                .append("</span></h1><p>").append(views.size()).append(views.size() == 1 ? " video" : " video’s")
                .append(" · bijgewerkt ").append(esc(Labels.dayTime(generated))).append("</p></div></header>\n")
                .append("<main class=\"wrap\">\n");
        summary(h, views);
        coverage.render(h);
        filters(h, views);
        h.append("<ul class=\"grid\" id=\"grid\">\n");
        for (VideoView v : views) {
            card(h, v);
        }
        h.append("</ul>\n<p class=\"empty\" id=\"empty\" hidden>Geen video’s gevonden met deze filters.</p>\n</main>\n")
                .append("<footer class=\"wrap\"><p>Deze pagina toont de video’s uit de catalogusmap zelf (posters en")
                .append(" webversies worden niet gekopieerd). Verplaats of kopieer daarom altijd de hele catalogusmap,")
                .append(" niet alleen deze map. Namen van leerlingen staan er alleen als ze toestemming gaven.")
                .append(" Gemaakt door vidcat.</p></footer>\n")
                .append("<script src=\"assets/report.js\"></script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void summary(StringBuilder h, List<VideoView> views) {
        Map<ReviewStatus, Long> byStatus = new LinkedHashMap<>();
        for (ReviewStatus s : ReviewStatus.values()) {
            byStatus.put(s, views.stream().filter(v -> v.record().status() == s).count());
        }
        long withErrors = views.stream().filter(v -> v.check().equals("fout")).count();
        h.append("<section class=\"summary\" aria-label=\"Samenvatting\">\n<ul class=\"tiles\">\n");
        tile(h, "", views.size(), "video’s in totaal", "totaal");
        tile(h, "#status=approved", byStatus.get(ReviewStatus.APPROVED), "goedgekeurd", "st-approved");
        tile(h, "#status=in-review", byStatus.get(ReviewStatus.IN_REVIEW), "in beoordeling", "st-in-review");
        tile(h, "#status=draft", byStatus.get(ReviewStatus.DRAFT), "nog niet beoordeeld", "st-draft");
        tile(h, "#status=rejected", byStatus.get(ReviewStatus.REJECTED), "afgewezen", "st-rejected");
        tile(h, "#controle=fout", withErrors, "met fouten", "fout");
        h.append("</ul>\n");
        List<String> todo = new ArrayList<>();
        if (!unreadable.isEmpty()) {
            StringBuilder li = new StringBuilder("<li class=\"fout\"><b>Recordbestanden die vidcat niet kan lezen</b> – ")
                    .append(unreadable.size()).append(": deze video’s staan niet in dit overzicht en worden niet")
                    .append(" geëxporteerd tot het bestand hersteld is.<ul>\n");
            unreadable.forEach(m -> li.append("<li><code>").append(esc(m)).append("</code></li>\n"));
            todo.add(li.append("</ul></li>\n").toString());
        }
        todo.addAll(firstToFix(views, byStatus));
        h.append("<div class=\"todo\"><h2>Eerst oplossen</h2>\n");
        if (todo.isEmpty()) {
            h.append("<p class=\"allgood\">Niets te doen: alle video’s zijn in orde en beoordeeld.</p>\n");
        } else {
            h.append("<ol>\n");
            todo.forEach(h::append);
            h.append("</ol>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private static void tile(StringBuilder h, String href, long n, String label, String css) {
        h.append("<li class=\"tile ").append(css).append("\">");
        h.append(href.isEmpty() ? "<a href=\"#\">" : "<a href=\"" + href + "\">");
        h.append("<b>").append(n).append("</b> <span>").append(label).append("</span></a></li>\n");
    }

    /**
     * What a coordinator should do first: approved videos that still have errors (they would be published
     * broken), then each kind of error by how many videos it affects, then warnings, then the review backlog.
     */
    private static List<String> firstToFix(List<VideoView> views, Map<ReviewStatus, Long> byStatus) {
        List<String> items = new ArrayList<>();
        long approvedBroken = views.stream()
                .filter(v -> v.record().status() == ReviewStatus.APPROVED && v.check().equals("fout")).count();
        if (approvedBroken > 0) {
            items.add("<li class=\"fout\"><a href=\"#status=approved&amp;controle=fout\"><b>Goedgekeurd maar met fouten</b>"
                    + " – " + videos(approvedBroken) + "</a>: deze worden gepubliceerd; los de fouten eerst op.</li>\n");
        }
        record Group(Severity severity, String code, String title, long videos) {
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (VideoView v : views) {
            // per video the worst severity a rule reached (catalog settings may lower a rule to a warning)
            v.findings().stream().collect(Collectors.toMap(IndexPage::code, f -> f,
                            (a, b) -> a.severity().compareTo(b.severity()) <= 0 ? a : b, LinkedHashMap::new))
                    .values().forEach(f -> groups.merge(code(f), new Group(f.severity(), code(f), title(f), 1),
                            (a, b) -> new Group(a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity(),
                                    a.code(), a.title(), a.videos() + 1)));
        }
        groups.values().stream()
                .sorted(Comparator.comparing(Group::severity).thenComparing(Comparator.comparingLong(Group::videos).reversed())
                        .thenComparing(Group::title))
                .forEach(g -> items.add("<li class=\"" + Labels.css(g.severity()) + "\"><a href=\"#bevinding="
                        + esc(g.code()) + "\"><b>" + esc(g.title()) + "</b> – " + videos(g.videos()) + "</a> <span class=\"sev\">"
                        + Labels.css(g.severity()) + "</span></li>\n"));
        long waiting = byStatus.get(ReviewStatus.DRAFT) + byStatus.get(ReviewStatus.IN_REVIEW);
        if (waiting > 0) {
            items.add("<li class=\"info\"><a href=\"#status=wacht\"><b>Wacht op beoordeling</b> – " + videos(waiting)
                    + "</a>: nog niet beoordeeld of herziening gevraagd (<code>vidcat review --pending</code>).</li>\n");
        }
        return items;
    }

    private static String videos(long n) {
        return n + (n == 1 ? " video" : " video’s");
    }

    private void filters(StringBuilder h, List<VideoView> views) {
        Map<String, String> subjects = new TreeMap<>();
        Map<String, String> levels = new TreeMap<>();
        Map<String, String> findings = new TreeMap<>();
        for (VideoView v : views) {
            VideoRecord r = v.record();
            if (r.metadata() != null) {
                subjects.put(subjectKey(r.metadata().subject()), subjectLabel(r.metadata().subject()));
                for (Term t : r.metadata().levels()) {
                    levels.put(levelKey(t), Labels.term(t));
                }
            }
            v.findings().forEach(f -> findings.put(code(f), title(f)));
        }
        h.append("<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filters\">\n");
        h.append("<label>Zoek <input type=\"search\" name=\"zoek\" placeholder=\"titel of trefwoord\"></label>\n");
        select(h, "vak", "Vak", "Alle vakken", byLabel(subjects));
        select(h, "niveau", "Niveau", "Alle niveaus", byLabel(levels));
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("wacht", "Wacht op beoordeling");
        for (ReviewStatus s : ReviewStatus.values()) {
            statuses.put(s.code(), Labels.status(s));
        }
        select(h, "status", "Status", "Alle statussen", statuses);
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("fout", "Met fouten");
        checks.put("waarschuwing", "Alleen waarschuwingen");
        checks.put("ok", "In orde");
        select(h, "controle", "Controle", "Alles", checks);
        select(h, "bevinding", "Bevinding", "Alle bevindingen", byLabel(findings));
        h.append("<button type=\"reset\">Wis filters</button>\n<output id=\"count\" aria-live=\"polite\">")
                .append(videos(views.size())).append("</output>\n</form>\n");
    }

    private static Map<String, String> byLabel(Map<String, String> keyToLabel) {
        Map<String, String> out = new LinkedHashMap<>();
        keyToLabel.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void select(StringBuilder h, String name, String label, String all, Map<String, String> options) {
        h.append("<label>").append(label).append(" <select name=\"").append(name).append("\"><option value=\"\">")
                .append(all).append("</option>");
        options.forEach((k, v) -> h.append("<option value=\"").append(esc(k)).append("\">").append(esc(v)).append("</option>"));
        h.append("</select></label>\n");
    }

    private void card(StringBuilder h, VideoView v) {
        VideoRecord r = v.record();
        String page = "videos/" + v.id() + ".html";
        List<String> levelKeys = r.metadata() == null ? List.of() : r.metadata().levels().stream().map(IndexPage::levelKey).toList();
        String search = (v.title() + " " + (r.metadata() == null ? "" : String.join(" ", r.metadata().keywords())) + " "
                + v.id()).toLowerCase(java.util.Locale.ROOT);
        h.append("<li class=\"card\" data-vak=\"").append(esc(r.metadata() == null ? "geen" : subjectKey(r.metadata().subject())))
                .append("\" data-niveau=\"").append(esc(String.join(" ", levelKeys)))
                .append("\" data-status=\"").append(r.status().code())
                .append("\" data-controle=\"").append(v.check())
                .append("\" data-bevinding=\"").append(esc(v.findings().stream().map(IndexPage::code).distinct()
                        .collect(Collectors.joining(" "))))
                .append("\" data-zoek=\"").append(esc(search)).append("\">\n");
        h.append("<a class=\"thumb\" href=\"").append(page).append("\" tabindex=\"-1\" aria-hidden=\"true\">");
        if (v.poster() != null) {
            Html.picture(h, reportDir, v.poster(), v.posterWebp(), "loading=\"lazy\" decoding=\"async\" width=\"320\" height=\"180\" alt=\"\"");
        } else {
            h.append("<span class=\"noposter\">Geen poster</span>");
        }
        String dur = Labels.duration(v.durationSeconds());
        if (!dur.isEmpty()) {
            h.append("<span class=\"dur\">").append(dur).append("</span>");
        }
        h.append("</a>\n<div class=\"body\"><h3><a href=\"").append(page).append("\">").append(esc(v.title()))
                .append("</a></h3>\n<p class=\"meta\">").append(esc(metaLine(r))).append("</p>\n<p class=\"badges\">");
        h.append(statusBadge(r.status()));
        h.append(checkBadge(v));
        h.append("</p></div></li>\n");
    }

    static String statusBadge(ReviewStatus s) {
        return "<span class=\"badge st-" + s.code() + "\">" + Labels.status(s) + "</span>";
    }

    static String checkBadge(VideoView v) {
        for (Severity s : Severity.values()) {
            long n = v.count(s);
            if (n > 0) {
                return "<span class=\"badge " + Labels.css(s) + "\" title=\"" + esc(codes(v, s)) + "\">"
                        + Labels.count(s, n) + "</span>";
            }
        }
        return "<span class=\"badge ok\">In orde</span>";
    }

    /** Rule ids, not sentences, on the card: 5,000 cards must stay compact; the video page has the full text. */
    private static String codes(VideoView v, Severity s) {
        return v.findings().stream().filter(f -> f.severity() == s).map(IndexPage::code).distinct()
                .collect(Collectors.joining(", "));
    }

    /** Findings are grouped and filtered by rule. */
    static String code(Finding f) {
        return f.rule().id();
    }

    /** What a rule checks, in Dutch: the heading of its group in the fix-first list. */
    static String title(Finding f) {
        return f.rule().nl();
    }

    /** "Wiskunde · havo, vwo · leerjaar 1-2". */
    static String metaLine(VideoRecord r) {
        if (r.metadata() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (r.metadata().subject() != null) {
            parts.add(Labels.term(r.metadata().subject()));
        }
        if (!r.metadata().levels().isEmpty()) {
            parts.add(r.metadata().levels().stream().map(t -> t.known() ? t.code() : t.input())
                    .collect(Collectors.joining(", ")));
        }
        if (!r.metadata().years().isEmpty()) {
            parts.add(Labels.years(r.metadata().years()));
        }
        return String.join(" · ", parts);
    }

    static String subjectKey(Term t) {
        return t == null ? "geen" : t.known() ? t.code() : "onbekend";
    }

    private static String subjectLabel(Term t) {
        return t == null ? "(geen vak)" : t.known() ? Labels.term(t) : "(onbekend vak)";
    }

    private static String levelKey(Term t) {
        return t.known() ? t.code() : "onbekend";
    }
}
