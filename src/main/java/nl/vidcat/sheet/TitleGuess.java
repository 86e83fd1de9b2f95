package nl.vidcat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A title guessed from a video's file name, as a start for the coordinator: {@code breuken_vereenvoudigen-v2.mp4}
 * becomes "Breuken vereenvoudigen". Words are split at underscores, dashes, dots, spaces and camelCase; what
 * cameras, editors and copying add to a name (IMG_1234, 20240312, -v2, _final, take 3, (1), "Kopie van") is left
 * out, and only the first letter is made a capital. Empty when nothing but such noise is left: a title like "IMG
 * 1234" helps nobody, and an empty required cell is one validate points at.
 */
public final class TitleGuess {

    private static final Pattern COPY_PREFIX = Pattern.compile("(?i)^(kopie|copy)(\\s*\\(\\d+\\))?\\s+(van|of)\\s+");
    /** "(1)", "[2]": a second download or copy of the same file. */
    private static final Pattern COPY_NUMBER = Pattern.compile("\\s*[(\\[]\\d{1,3}[)\\]]");
    /** "v1.2": a dotted version would otherwise leave its ".2" behind as a word. */
    private static final Pattern DOTTED_VERSION =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])v\\d+(\\.\\d+)+(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.+,;()\\[\\]{}~]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    /** Marks of versions, takes, exports and copies, on their own or with their number glued on. */
    private static final Pattern NOISE = Pattern.compile("(?i)v\\d+|(versie|version|rev|take|tk|opname)\\d+"
            + "|final\\d*|finaal|definitief|def|eindversie|kopie|copy|edit|edited|bewerkt|export|exported"
            + "|compressed|gecomprimeerd|hd|hq|uhd|4k|\\d{3,4}p|\\d{2,3}fps");
    /** Words that are noise together with the number after them ("take 3", "versie 2"). */
    private static final Set<String> NUMBERED = Set.of("take", "versie", "version", "rev", "opname");
    /** What cameras and phones call their files: IMG_1234, MVI_0042, VID_20240312_143015, PXL_…, GOPR0012. */
    private static final Pattern CAMERA = Pattern.compile("(?i)(img|mvi|mov|vid|dsc[nf]?|pxl|gopr|g[hx]|dji|wp|mah)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** An all-capitals name is shouted, not an acronym, when it is this long. */
    private static final int SHOUTED_LETTERS = 6;

    private TitleGuess() {
    }

    /** @param relative the file's path in the folder; only the name without its extension counts */
    public static String fromFileName(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        name = COPY_PREFIX.matcher(name).replaceFirst("");
        name = COPY_NUMBER.matcher(name).replaceAll(" ");
        name = DOTTED_VERSION.matcher(name).replaceAll(" ");
        List<Word> words = dropNoise(split(name));
        boolean shouted = words.stream().mapToInt(w -> w.text().length()).sum() >= SHOUTED_LETTERS
                && words.stream().allMatch(w -> w.text().equals(w.text().toUpperCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(shouted ? w.text().toLowerCase(Locale.ROOT) : w.cased());
        }
        return capitaliseFirst(String.join(" ", out));
    }

    /**
     * One word of the name.
     *
     * @param camel whether it began inside a camelCase run, where its capital only marked the word break
     */
    private record Word(String text, boolean camel) {
        String cased() {
            boolean capitalised = text.length() > 1 && Character.isUpperCase(text.charAt(0))
                    && text.substring(1).equals(text.substring(1).toLowerCase(Locale.ROOT));
            return camel && capitalised ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
        }

        boolean number() {
            return DIGITS.matcher(text).matches();
        }
    }

    private static List<Word> split(String name) {
        List<Word> words = new ArrayList<>();
        for (String token : SEPARATORS.split(name)) {
            String[] parts = CAMEL.split(token);
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    words.add(new Word(parts[i], i > 0));
                }
            }
        }
        return words;
    }

    private static List<Word> dropNoise(List<Word> words) {
        List<Word> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String t = w.text();
            int next = i + 1;
            boolean numbered = NUMBERED.contains(t.toLowerCase(Locale.ROOT));
            if (CAMERA.matcher(t).matches() && next < words.size() && words.get(next).number()
                    || numbered && next < words.size() && words.get(next).number()) {
                i = skipNumbers(words, next) - 1; // the mark and the numbers after it
            } else if (isCameraName(t) || NOISE.matcher(t).matches() || w.number() && t.length() >= 5) {
                continue; // counters, dates and times written as one number (20240312, 143015)
            } else if (isDate(words, i)) {
                i = skipNumbers(words, i + 3) - 1; // a date, and a time after it
            } else {
                kept.add(w);
            }
        }
        return kept;
    }

    private static boolean isCameraName(String t) {
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(t.length() - 1 - digits))) {
            digits++;
        }
        return digits >= 3 && CAMERA.matcher(t.substring(0, t.length() - digits)).matches();
    }

    /** Whether words {@code i..i+2} are a date: 2024 03 12 or 12 03 2024. */
    private static boolean isDate(List<Word> words, int i) {
        if (i + 2 >= words.size() || !words.get(i).number() || !words.get(i + 1).number()
                || !words.get(i + 2).number()) {
            return false;
        }
        String a = words.get(i).text();
        String b = words.get(i + 1).text();
        String c = words.get(i + 2).text();
        return isYear(a) && b.length() <= 2 && c.length() <= 2 || a.length() <= 2 && b.length() <= 2 && isYear(c);
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    /** The index after the numbers that start at {@code from}. */
    private static int skipNumbers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && words.get(i).number()) {
            i++;
        }
        return i;
    }

    /** The first letter a capital; Dutch "ij" is one letter, so "ijsberg" becomes "IJsberg". */
    private static String capitaliseFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (s.startsWith("ij")) {
            return "IJ" + s.substring(2);
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }
}
