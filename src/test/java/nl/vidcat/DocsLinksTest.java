package nl.vidcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs link to each other instead of repeating each other, so a moved or renamed file must not leave a dead
 * link behind: every relative link in the README, the changelog, {@code docs/} and {@code bench/README.md} names a
 * file that exists, and a {@code #fragment} names a heading (or an {@code <a id>}) of the markdown file it points
 * to. The README stays short enough to read: what is not on its first screens belongs in the other docs.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 250;

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void readmeFitsOnAFewScreens() throws IOException {
        long lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines; at most " + README_MAX_LINES
                + ": move details to docs/guide.md, design to docs/architecture.md, figures to docs/performance.md");
    }

    @Test
    void relativeLinksResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : docs()) {
            for (String target : links(Files.readString(doc))) {
                String problem = check(doc, target);
                if (problem != null) {
                    broken.add(doc + ": (" + target + ") " + problem);
                }
            }
        }
        assertEquals(List.of(), broken, "links that lead nowhere");
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("search-quality-benchsearch-quality", slug("search quality (`bench/search-quality`)"));
        assertEquals("vidcat-run-the-whole-job", slug("`vidcat run`: the whole job"));
        assertEquals("history-and-restore", slug("history and [restore](x.md)"));
    }

    /** README.md, CHANGELOG.md, every markdown file under docs/, and bench/README.md. */
    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md"),
                Path.of("bench", "README.md")));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** The targets of the markdown links in {@code text}, code blocks and code spans left out. */
    static List<String> links(String text) {
        String prose = CODE_SPAN.matcher(FENCE.matcher(text).replaceAll("")).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(prose);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Why {@code target}, linked from {@code doc}, leads nowhere; null when it resolves or is not relative. */
    private String check(Path doc, String target) throws IOException {
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return null; // http:, https:, mailto:: not ours to check offline
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path to = file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(to)) {
            return "no such file: " + to;
        }
        if (hash < 0 || !to.toString().endsWith(".md")) {
            return null;
        }
        String fragment = target.substring(hash + 1);
        return anchorsOf(to).contains(fragment) ? null : "no heading or anchor #" + fragment + " in " + to;
    }

    private Set<String> anchorsOf(Path md) throws IOException {
        Set<String> known = anchors.get(md);
        if (known == null) {
            known = anchorsIn(Files.readString(md));
            anchors.put(md, known);
        }
        return known;
    }

    /** The fragments GitHub makes for the headings of {@code text} (duplicates get -1, -2…), and explicit ids. */
    static Set<String> anchorsIn(String text) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(FENCE.matcher(text).replaceAll(""));
        while (h.find()) {
            String s = slug(h.group(1));
            int n = seen.merge(s, 1, Integer::sum);
            out.add(n == 1 ? s : s + "-" + (n - 1));
        }
        Matcher a = ANCHOR.matcher(text);
        while (a.find()) {
            out.add(a.group(1));
        }
        return out;
    }

    /** GitHub's heading slug: the text as rendered, lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        String text = INLINE_LINK.matcher(heading).replaceAll("$1").toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }
}
