package nl.vidcat.cli;

/**
 * Text from the catalog (file names, record ids) made safe for a terminal: control characters and bidi overrides are
 * shown as {@code \\uXXXX}, so a hostile file name cannot retitle, clear or reorder the console.
 */
final class ConsoleText {

    private ConsoleText() {
    }

    static String safe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
