package nl.vidcat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Size limits that keep the code readable for the next engineer: no class file over 400 lines, no method or
 * constructor over 60. A method that grows past the limit wants a well-named helper, a class a second class.
 */
class SourceLimitsTest {

    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    /** A block header that ends a method or constructor signature: `...)` or `...) throws X, Y`. */
    private static final Pattern SIGNATURE = Pattern.compile("\\)\\s*(throws\\s+[\\w.,\\s]+)?$");
    private static final Pattern NOT_A_METHOD = Pattern.compile(
            "^(if|for|while|switch|catch|synchronized|try|else|do|return|new)\\b|->|=|\\bnew\\s"
            + "|\\b(record|class|interface|enum)\\s");

    @Test
    void classesAndMethodsStayShort() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                long lines = text.lines().count();
                if (lines > MAX_FILE_LINES) {
                    tooLong.add(f + ": " + lines + " lines (limit " + MAX_FILE_LINES + ")");
                }
                methods(f, blank(text), tooLong);
            }
        }
        assertEquals(List.of(), tooLong);
    }

    /** Finds method bodies by their braces in code with comments and literals blanked out. */
    private static void methods(Path file, String code, List<String> out) {
        Deque<int[]> open = new ArrayDeque<>(); // {start line, is method}
        int line = 1;
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String header = code.substring(headerStart, i).strip();
                boolean method = SIGNATURE.matcher(header).find() && !NOT_A_METHOD.matcher(withoutAnnotations(header)).find()
                        && open.stream().noneMatch(b -> b[1] == 1);
                int start = line - (int) header.chars().filter(ch -> ch == '\n').count();
                open.push(new int[] {start, method ? 1 : 0});
                headerStart = i + 1;
            } else if (c == '}') {
                int[] block = open.isEmpty() ? new int[] {line, 0} : open.pop();
                int length = line - block[0] + 1;
                if (block[1] == 1 && length > MAX_METHOD_LINES) {
                    out.add(file + ":" + block[0] + ": method of " + length + " lines (limit " + MAX_METHOD_LINES + ")");
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
    }

    private static String withoutAnnotations(String header) {
        String h = header.replaceAll("@\\w+(\\([^)]*\\))?", " ").strip();
        return h;
    }

    /** The code with comments, strings, text blocks and char literals replaced by spaces (newlines kept). */
    static String blank(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3) + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char q = s.charAt(i);
                end = i + 1;
                while (end < s.length() && s.charAt(end) != q) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                b.append(s.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                b.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return b.toString();
    }
}
