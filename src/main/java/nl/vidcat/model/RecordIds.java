package nl.vidcat.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Record ids: a readable slug of the title plus the start of the source's SHA-256, e.g.
 * {@code breuken-vereenvoudigen-3f9a2c1d}. URL- and file-safe; assigned once and stored, never recomputed, so a
 * later title change does not move the record.
 */
public final class RecordIds {

    private static final int MAX_SLUG = 48;

    private RecordIds() {
    }

    /**
     * @param taken tells whether an id is already used by a different video; the hash part grows until it is free
     */
    public static String newId(String title, String sha256, Predicate<String> taken) {
        String slug = slug(title);
        for (int len = 8; len <= sha256.length(); len += 4) {
            String id = (slug.isEmpty() ? "video" : slug) + "-" + sha256.substring(0, len);
            if (!taken.test(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free id for " + sha256);
    }

    /** Lower-case ASCII words joined by '-': "Breuken vereenvoudigen (deel 2)" -> "breuken-vereenvoudigen-deel-2". */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX_SLUG / 2 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }

    /** Ids as accepted on the command line and as file names: nothing that could escape a directory. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 120;
    }
}
