package nl.vidcat.io;

/**
 * Characters that change how text is shown without being seen themselves: C0 and C1 control characters (ESC starts
 * terminal escape sequences that retitle or clear the terminal, BEL, NUL, DEL) and the bidirectional formatting
 * characters that reorder what follows ("Huiswerk U+202E gnp.exe" shows as "Huiswerk exe.png"). Record and
 * sheet text is hostile input: the console shows these characters as {@code <U+001B>}, exports leave them out and
 * validate reports them (rule {@code text.control-characters}).
 * <p>
 * Tab, line feed and carriage return are not in the set: they are layout, and each output decides what to do with
 * them (a CSV cell or a description keeps its line breaks; the console escapes a carriage return that is not part of
 * a line end, as it would move the cursor back over the line).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code c} is a control or bidirectional formatting character (tab, LF and CR excepted). */
    public static boolean isControl(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** The index of the first control character in {@code s} (see {@link #isControl}), or -1. */
    public static int indexOf(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} without its control characters, for exports; the same instance when there are none. */
    public static String strip(String s) {
        if (s == null || indexOf(s) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code s} safe for a terminal: every control character, and a carriage return that does not end a line, as
     * {@code <U+XXXX>}. Tab and line ends stay. Escaping twice changes nothing.
     */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = isControl(c) || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
            if (bad && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(escaped(c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** How the console shows {@code c}: {@code <U+001B>}. */
    public static String escaped(char c) {
        return String.format("<U+%04X>", (int) c);
    }

    /** "U+202E (right-to-left override)": the code point and, where it has a well-known one, its name. */
    public static String describe(char c) {
        String name = switch (c) {
            case 0x00 -> "null";
            case 0x07 -> "bell";
            case 0x08 -> "backspace";
            case 0x0D -> "carriage return";
            case 0x1B -> "escape";
            case 0x7F -> "delete";
            case 0x9B -> "control sequence introducer";
            case 0x061C -> "Arabic letter mark";
            case 0x200E -> "left-to-right mark";
            case 0x200F -> "right-to-left mark";
            case 0x202A -> "left-to-right embedding";
            case 0x202B -> "right-to-left embedding";
            case 0x202C -> "pop directional formatting";
            case 0x202D -> "left-to-right override";
            case 0x202E -> "right-to-left override";
            case 0x2066 -> "left-to-right isolate";
            case 0x2067 -> "right-to-left isolate";
            case 0x2068 -> "first strong isolate";
            case 0x2069 -> "pop directional isolate";
            default -> "control character";
        };
        return String.format("U+%04X (%s)", (int) c, name);
    }
}
