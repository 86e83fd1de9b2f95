package nl.vidcat.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * vCard 3.0 (RFC 2426) of the contributors in an NL-LOM lifecycle. A person's {@code N} is
 * {@code Family;Given;Additional;Prefix;Suffix} with the Dutch tussenvoegsel kept in the family name, as RFC 2426
 * section 3.6.5 itself writes a Dutch name ({@code FN:Rene van der Harten}, {@code N:van der Harten;Rene;…},
 * {@code SORT-STRING:Harten}) and NL-LOM's vCard note reads N as achternaam;roepnaam;voornamen (wiki.surfnet.nl,
 * nllom/vCard); Kennisnet's example records order N the same way ({@code N:Friday;Joe}).
 */
final class VCard {

    /**
     * Words a Dutch tussenvoegsel is made of, alone or in a row ("van der", "in 't", "op de"): the particles of the
     * Dutch personal records table of voorvoegsels (Tabel 36) that are common, with the foreign ones Dutch names
     * carry (El Amrani, da Silva, von Bismarck). Compared lower case, with any apostrophe as '.
     */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "ter", "ten", "te",
            "in", "op", "uit", "aan", "bij", "onder", "over", "voor", "tot", "'s", "la", "le", "les", "du", "des", "da",
            "das", "do", "dos", "di", "del", "della", "von", "vom", "zu", "zum", "zur", "el", "al");

    /** A person's name in parts; {@code particle} is the tussenvoegsel, also at the start of {@code family}. */
    record Name(String given, String particle, String family) {
    }

    private VCard() {
    }

    /**
     * Splits a name written first name first: the first word is a given name; from the first tussenvoegsel after it
     * on everything is the family name; without one, the last word is. A single word is taken as a given name.
     */
    static Name split(String fullName) {
        List<String> words = words(fullName);
        int n = words.size();
        if (n < 2) {
            return new Name(n == 0 ? "" : words.get(0), "", "");
        }
        int start = n - 1;
        int end = n - 1;
        for (int i = 1; i < n - 1; i++) {
            int j = i;
            while (j < n - 1 && isParticle(words.get(j))) {
                j++;
            }
            if (j > i) {
                start = i;
                end = j;
                break;
            }
        }
        return new Name(String.join(" ", words.subList(0, start)), String.join(" ", words.subList(start, end)),
                String.join(" ", words.subList(start, n)));
    }

    /** vCard of a person known only by the name the sheet gives; FN keeps the name as written. */
    static String person(String name) {
        Name p = split(name);
        StringBuilder v = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\nFN:").append(escape(String.join(" ", words(name))))
                .append("\nN:").append(escape(p.family())).append(';').append(escape(p.given())).append(";;;");
        if (!p.particle().isEmpty()) {
            // Dutch sorting leaves the tussenvoegsel out: de Boer sorts under B (RFC 2426, 3.6.5)
            v.append("\nSORT-STRING:").append(escape(p.family().substring(p.particle().length()).strip()));
        }
        return v.append("\nEND:VCARD").toString();
    }

    /** vCard of an organisation (FN and ORG; N is required by RFC 2426 and left empty for organisations). */
    static String organisation(String name) {
        String v = escape(String.join(" ", words(name)));
        return "BEGIN:VCARD\nVERSION:3.0\nFN:" + v + "\nN:;;;;\nORG:" + v + "\nEND:VCARD";
    }

    /**
     * RFC 2426 text value escaping of backslash, comma and semicolon (which would split N into other parts) and line
     * breaks (which would start a new property).
     */
    static String escape(String s) {
        return XmlOut.clean(s).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** The words of a name: any run of white space (line breaks and tabs too) separates two. */
    private static List<String> words(String name) {
        String s = XmlOut.clean(name == null ? "" : name).strip();
        List<String> out = new ArrayList<>(Arrays.asList(s.split("[\\s\\u0085\\u00A0\\u2007\\u2028\\u2029\\u202F]+")));
        out.removeIf(String::isEmpty);
        return out;
    }

    private static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('`', '\''));
    }
}
