package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.vocab.FirstNames;

/**
 * Names to look for in a text, each a sequence of {@link Words folded words}, found in one pass over the text's words
 * with one hash lookup per word. Built once per record (its makers) or per catalog (its allow-list).
 */
public final class NamePhrases {

    /** Which part of a maker's name a phrase is; longer parts are preferred where several start at one word. */
    enum Part {
        FULL("de volledige naam", "the full name"),
        LAST("de achternaam", "the last name"),
        FIRST("de voornaam", "the first name"),
        ALLOWED("", "");

        final String nl;
        final String en;

        Part(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }
    }

    /**
     * @param owner     index of the maker in the record's list (0-based), -1 for an allow-list entry
     * @param capitalAt index of the word that must be capitalized in the text, -1 when any case matches
     */
    record Phrase(int owner, Part part, String[] keys, int capitalAt) {
    }

    /** A phrase found at words [from, to) of a text. */
    record Match(Phrase phrase, int from, int to) {
    }

    /**
     * Dutch name particles (tussenvoegsels) and their common foreign kin: a maker's last name is looked for with them
     * ("de Vries", not "Vries" alone).
     */
    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "t", "te", "ter", "ten", "in", "op",
            "aan", "bij", "uit", "d", "la", "le", "du", "da", "di", "del", "dos", "das", "el", "al", "von", "zu", "vd");
    /**
     * The particles that link a first name to a surname in running text ("Willem van Oranje", "Karel de Grote");
     * not "in", "op", "uit", which far more often lead to a place ("Noor uit Utrecht").
     */
    static final Set<String> LINKS = Set.of("van", "de", "der", "den", "t", "te", "ter", "ten", "la", "le", "du", "da",
            "di", "del", "dos", "das", "el", "al", "von", "zu");

    static final NamePhrases NONE = new NamePhrases(List.of());

    private final Map<String, List<Phrase>> byFirstKey = new HashMap<>();

    private NamePhrases(List<Phrase> phrases) {
        for (Phrase p : phrases) {
            List<Phrase> at = byFirstKey.computeIfAbsent(p.keys()[0], k -> new ArrayList<>(2));
            at.add(p);
            at.sort((a, b) -> b.keys().length - a.keys().length);
        }
    }

    /**
     * The names of a record's makers. Without consent (an error to name them): each maker's full name and first name
     * in any case, and the last name with its particles when its first proper word is capitalized in the text, since
     * most Dutch last names are also words (de Boer, Bakker, Visser); a first name that is also an ordinary word (Roos,
     * Merel) must be capitalized too. With consent (a warning): the full and first name where they are written as a
     * name, capitalized, like any other first name. Initials and one-letter words are never looked for alone.
     */
    static NamePhrases makers(List<String> makers, boolean consent, FirstNames firstNames) {
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            String name = makers.get(i) == null ? "" : makers.get(i).strip();
            int space = name.indexOf(' ');
            String[] first = Words.of(space < 0 ? name : name.substring(0, space)).keys();
            String[] last = space < 0 ? new String[0] : Words.of(name.substring(space)).keys();
            if (first.length + last.length > 1) {
                String[] all = Arrays.copyOf(first, first.length + last.length);
                System.arraycopy(last, 0, all, first.length, last.length);
                phrases.add(new Phrase(i, Part.FULL, all, consent ? 0 : -1));
            }
            if (first.length > 0 && (first.length > 1 || first[0].length() > 1) && !PARTICLES.contains(first[0])) {
                boolean word = first.length == 1 && firstNames.isWord(first[0]);
                phrases.add(new Phrase(i, Part.FIRST, first, consent || word ? 0 : -1));
            }
            int core = 0;
            while (core < last.length && PARTICLES.contains(last[core])) {
                core++;
            }
            if (!consent && core < last.length && last[core].length() > 1) {
                phrases.add(new Phrase(i, Part.LAST, last, core));
            }
        }
        return phrases.isEmpty() ? NONE : new NamePhrases(phrases);
    }

    /** A catalog's allowedNames: words and phrases that are not pupils' names there, in any case. */
    public static NamePhrases allowList(List<String> entries) {
        List<Phrase> phrases = new ArrayList<>();
        for (String e : entries == null ? List.<String>of() : entries) {
            String[] keys = e == null ? new String[0] : Words.of(e).keys();
            if (keys.length > 0) {
                phrases.add(new Phrase(-1, Part.ALLOWED, keys, -1));
            }
        }
        return phrases.isEmpty() ? NONE : new NamePhrases(phrases);
    }

    /**
     * Every match, left to right, the longest at each word; the words of a match are not looked at again.
     *
     * @param capitalsOnly start matches at capitalized words only: every phrase needs its first word capitalized, so
     *                     the lower-case words of the text are never folded
     */
    List<Match> find(Words words, boolean capitalsOnly) {
        if (byFirstKey.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>(2);
        for (int i = 0; i < words.size(); i++) {
            if (capitalsOnly && !words.capital(i)) {
                continue;
            }
            List<Phrase> candidates = byFirstKey.get(words.key(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (matches(p, words, i)) {
                    found.add(new Match(p, i, i + p.keys().length));
                    i += p.keys().length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(Phrase p, Words words, int at) {
        String[] keys = p.keys();
        if (at + keys.length > words.size()) {
            return false;
        }
        for (int k = 1; k < keys.length; k++) {
            if (!keys[k].equals(words.key(at + k))) {
                return false;
            }
        }
        return p.capitalAt() < 0 || words.capital(at + p.capitalAt());
    }
}
