package nl.vidcat.validate;

import java.util.ArrayList;
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
     * The names of a record's makers: each maker's full name and first name in any case, and the last name (with its
     * particles) when its first proper word is capitalized in the text, since most Dutch last names are also words
     * (de Boer, Bakker, Visser). A first name that is also an ordinary word (Roos, Merel) must be capitalized too.
     * Initials and one-letter words are never looked for alone.
     */
    static NamePhrases makers(List<String> makers, FirstNames firstNames) {
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            String name = makers.get(i) == null ? "" : makers.get(i).strip();
            int space = name.indexOf(' ');
            List<Words.Word> first = Words.of(space < 0 ? name : name.substring(0, space));
            List<Words.Word> rest = space < 0 ? List.of() : Words.of(name.substring(space));
            String[] all = keys(first, rest);
            if (all.length > 1) {
                phrases.add(new Phrase(i, Part.FULL, all, -1));
            }
            String[] firstKeys = keys(first, List.of());
            if (firstKeys.length > 0 && (firstKeys.length > 1 || firstKeys[0].length() > 1)
                    && !PARTICLES.contains(firstKeys[0])) {
                boolean word = firstKeys.length == 1 && firstNames.isWord(firstKeys[0]);
                phrases.add(new Phrase(i, Part.FIRST, firstKeys, word ? 0 : -1));
            }
            String[] lastKeys = keys(rest, List.of());
            int core = 0;
            while (core < lastKeys.length && PARTICLES.contains(lastKeys[core])) {
                core++;
            }
            if (core < lastKeys.length && lastKeys[core].length() > 1) {
                phrases.add(new Phrase(i, Part.LAST, lastKeys, core));
            }
        }
        return new NamePhrases(phrases);
    }

    /** A catalog's allowedNames: words and phrases that are not pupils' names there, in any case. */
    public static NamePhrases allowList(List<String> entries) {
        List<Phrase> phrases = new ArrayList<>();
        for (String e : entries == null ? List.<String>of() : entries) {
            String[] keys = e == null ? new String[0] : keys(Words.of(e), List.of());
            if (keys.length > 0) {
                phrases.add(new Phrase(-1, Part.ALLOWED, keys, -1));
            }
        }
        return phrases.isEmpty() ? NONE : new NamePhrases(phrases);
    }

    /** Every match, left to right, the longest at each word; the words of a match are not looked at again. */
    List<Match> find(List<Words.Word> words) {
        if (byFirstKey.isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstKey.get(words.get(i).key());
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

    private static boolean matches(Phrase p, List<Words.Word> words, int at) {
        String[] keys = p.keys();
        if (at + keys.length > words.size()) {
            return false;
        }
        for (int k = 1; k < keys.length; k++) {
            if (!keys[k].equals(words.get(at + k).key())) {
                return false;
            }
        }
        return p.capitalAt() < 0 || words.get(at + p.capitalAt()).capital();
    }

    private static String[] keys(List<Words.Word> a, List<Words.Word> b) {
        String[] keys = new String[a.size() + b.size()];
        int i = 0;
        for (Words.Word w : a) {
            keys[i++] = w.key();
        }
        for (Words.Word w : b) {
            keys[i++] = w.key();
        }
        return keys;
    }
}
