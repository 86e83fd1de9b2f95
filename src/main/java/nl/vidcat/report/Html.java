package nl.vidcat.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.vidcat.io.ControlCharacters;

/**
 * Escaping for everything the report writes. All record text goes through {@link #esc}, which is safe in element
 * content and in quoted attribute values alike, so a title such as {@code <script>} always stays text. Control and
 * bidi characters are left out ({@link ControlCharacters}): a right-to-left override would show
 * "Huiswerk U+202E gnp.exe" as "Huiswerk exe.png".
 */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && (c == '\r' || ControlCharacters.isControl(c))) {
                rep = "";
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The poster as a {@code <picture>}: WebP for browsers that take it (about a third smaller), the JPEG otherwise.
     *
     * @param attributes the img element's other attributes, already escaped
     */
    static void picture(StringBuilder h, Path fromDir, Path jpeg, Path webp, String attributes) {
        if (webp != null) {
            h.append("<picture><source type=\"image/webp\" srcset=\"").append(esc(relativeUrl(fromDir, webp))).append("\">");
        }
        h.append("<img src=\"").append(esc(relativeUrl(fromDir, jpeg))).append("\" ").append(attributes).append('>');
        if (webp != null) {
            h.append("</picture>");
        }
    }

    /** A relative URL from {@code fromDir} to {@code target}, each segment percent-encoded ('/'-separated). */
    static String relativeUrl(Path fromDir, Path target) {
        Path rel;
        try {
            rel = fromDir.relativize(target);
        } catch (IllegalArgumentException differentRoots) {
            return target.toUri().toString();
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(segment(part.toString()));
        }
        return sb.toString();
    }

    private static String segment(String s) {
        if (s.equals("..")) {
            return s;
        }
        try {
            // the multi-argument URI constructor quotes what is illegal in a path; ':' and ';' still need it
            String quoted = new URI(null, null, s, null).getRawPath();
            return quoted.replace(":", "%3A").replace(";", "%3B").replace("?", "%3F").replace("#", "%23");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
