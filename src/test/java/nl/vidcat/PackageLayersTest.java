package nl.vidcat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, from the command line down to the record model (docs/architecture.md). A package may
 * import only packages of a lower layer, so there are no cycles and a newcomer can read the code bottom up.
 */
class PackageLayersTest {

    /** Top to bottom; packages on one line are peers and do not import each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("cli"),
            List.of("pipeline"),
            List.of("serve"),
            List.of("check", "suggest"),
            List.of("index", "report", "export"),
            List.of("review", "validate", "coverage"),
            List.of("ingest"),
            List.of("sheet"),
            List.of("media", "vocab"),
            List.of("stage"),
            List.of("store"),
            List.of("io", "model"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.vidcat\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void packagesImportOnlyLowerLayers() throws IOException {
        Map<String, Integer> layer = new java.util.HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layer.put(p, i);
            }
        }
        Path root = Path.of("src/main/java/nl/vidcat");
        List<String> wrong = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                if (!layer.containsKey(pkg)) {
                    unknown.add(pkg);
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String to = m.group(1);
                    if (!layer.containsKey(to)) {
                        unknown.add(to);
                    } else if (!to.equals(pkg) && layer.get(to) <= layer.get(pkg)) {
                        wrong.add(root.relativize(f) + " imports " + to);
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(unknown), "packages missing from LAYERS (add them to the layer map)");
        assertEquals(List.of(), wrong, "imports that go up or sideways");
    }
}
