package nl.vidcat.validate;

import java.util.Arrays;
import java.util.Locale;
import nl.vidcat.io.VidcatException;

/** How bad a finding is. Errors block publication; warnings are advice a school may choose to ignore. */
public enum Severity {
    ERROR("error", "fout"),
    WARNING("warning", "waarschuwing");

    private final String code;
    private final String dutch;

    Severity(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    /** The stable spelling used in catalog.json, --fail-on and every machine-readable format. */
    public String code() {
        return code;
    }

    public String label(Lang lang) {
        return lang.pick(dutch, code);
    }

    /** True when a finding of this severity reaches {@code threshold} (an error reaches "warning" too). */
    public boolean reaches(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** "error" or "warning", any case; anything else is a usage error naming {@code where}. */
    public static Severity parse(String text, String where) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(t) || s.dutch.equals(t)).findFirst()
                .orElseThrow(() -> VidcatException.usage(where + ": severity '" + text
                        + "' is not 'error' or 'warning'"));
    }
}
