package nl.vidcat.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;

/**
 * The small player page of a published video: HTML5 video with poster and captions, the title, description,
 * subject/level/kerndoelen, licence and credits. Works from disk and from any web server, no scripts. Every piece
 * of record text is escaped.
 */
final class PlayerPage {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}"
            + "main{max-width:1280px;margin:0 auto;padding:1rem}video{width:100%;height:auto;background:#000}"
            + "h1{font-size:1.6rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}"
            + "dt{font-weight:600}a{color:#0645ad}ul.videos{list-style:none;padding:0}ul.videos li{margin:.5rem 0}"
            + ".credits{color:#444}";

    private PlayerPage() {
    }

    static String video(Publication p, String licenceUrl) {
        Metadata m = p.record().metadata();
        String lang = Publication.language(m.language());
        StringBuilder b = head(m.title());
        b.append("<main>\n<h1 lang=\"").append(lang).append("\">").append(esc(m.title())).append("</h1>\n");
        b.append("<video controls preload=\"metadata\" playsinline aria-describedby=\"beschrijving\"");
        if (p.posterFile().isPresent()) {
            b.append(" poster=\"").append(Publication.POSTER).append('"');
        }
        b.append(" width=\"").append(p.rendition().width()).append("\" height=\"").append(p.rendition().height())
                .append("\">\n");
        b.append("<source src=\"").append(p.videoName()).append("\" type=\"").append(p.mimeType()).append("\">\n");
        for (int i = 0; i < p.subtitles().size(); i++) {
            String sl = Publication.language(p.subtitles().get(i).language());
            b.append("<track kind=\"captions\" src=\"").append(p.subtitleNames().get(i)).append("\" srclang=\"")
                    .append(sl).append("\" label=\"").append(esc(languageName(sl))).append('"')
                    .append(i == 0 ? " default" : "").append(">\n");
        }
        b.append("<p>Je browser kan deze video niet afspelen. <a href=\"").append(p.videoName())
                .append("\">Download de video</a>.</p>\n</video>\n");
        b.append("<p id=\"beschrijving\" lang=\"").append(lang).append("\">").append(esc(m.description()))
                .append("</p>\n<dl>\n");
        if (m.subject() != null && m.subject().known()) {
            row(b, "Vak", m.subject().label());
        }
        row(b, "Niveau", m.levels().stream().filter(Term::known).map(Term::code).collect(Collectors.joining(", ")));
        row(b, "Leerjaar", m.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        row(b, "Kerndoelen", m.goals().stream().filter(Term::known).map(Term::label).collect(Collectors.joining("; ")));
        row(b, "Trefwoorden", String.join(", ", m.keywords()));
        b.append("</dl>\n");
        if (!p.subtitleNames().isEmpty()) {
            b.append("<p>Ondertitels als tekst: ");
            b.append(p.subtitleNames().stream().map(n -> "<a href=\"" + n + "\">" + n + "</a>")
                    .collect(Collectors.joining(", ")));
            b.append("</p>\n");
        }
        b.append("<p class=\"licence\">Licentie: ").append(licence(m, licenceUrl)).append("</p>\n");
        b.append("<p class=\"credits\">").append(esc(credits(m))).append("</p>\n");
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The overview page of a collection package, linking each video's page. */
    static String collection(String name, List<Publication> videos) {
        StringBuilder b = head(name);
        b.append("<main>\n<h1>").append(esc(name)).append("</h1>\n<ul class=\"videos\">\n");
        for (Publication p : videos) {
            Metadata m = p.record().metadata();
            b.append("<li><a href=\"").append(p.id()).append('/').append(Publication.PAGE).append("\" lang=\"")
                    .append(Publication.language(m.language())).append("\">").append(esc(m.title())).append("</a>");
            if (m.subject() != null && m.subject().known()) {
                b.append(" <span>(").append(esc(m.subject().label())).append(")</span>");
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n</main>\n</body>\n</html>\n").toString();
    }

    /** Names the makers only with their consent; otherwise the school gets the credit. */
    static String credits(Metadata m) {
        String school = LomMapper.school(m).orElse(null);
        String from = school == null ? "" : " van " + school;
        if (m.makersMayBeNamed()) {
            List<String> ms = m.makers();
            String names = ms.size() == 1 ? ms.get(0)
                    : String.join(", ", ms.subList(0, ms.size() - 1)) + " en " + ms.get(ms.size() - 1);
            return "Gemaakt door " + names + ", leerlingen" + from + ".";
        }
        return "Gemaakt door leerlingen" + from + ".";
    }

    private static String licence(Metadata m, String url) {
        String label = m.licence() == null ? "onbekend" : m.licence().label() != null ? m.licence().label()
                : m.licence().input();
        if (url == null || !url.startsWith("http")) {
            return esc(label);
        }
        return "<a rel=\"license\" href=\"" + esc(url) + "\">" + esc(label) + "</a>";
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(label).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag("nl"));
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** HTML text and attribute escaping; control characters are dropped the same way as in XML. */
    static String esc(String s) {
        String c = XmlOut.clean(s);
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
