package nl.vidcat.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a child vidcat ({@link ChildVidcat}) with one folder faulty the way users meet it: mounted read-only, not
 * writable for the user, or on a nearly full disk. Tests run as root here and in CI, and root ignores permission
 * bits, so the faults are made for real: a read-only bind mount and a small tmpfs inside a private mount namespace
 * (a user namespace where allowed, so no real mount is touched), and for permissions a root whose capability to
 * override them is dropped. Each fault is probed once; where the machine allows none, the test is skipped with the
 * reason instead of passing on a fake.
 */
final class FolderFaults {

    /** Mounts {@code $1} read-only over itself, then runs the rest. */
    private static final String READ_ONLY =
            "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" || exit 97; shift; exec \"$@\"";

    /**
     * Copies {@code $1} onto a tmpfs, fills that up to {@code $2} KiB free with a file beside the copy, mounts the copy
     * over {@code $1}, runs the rest, then copies the outcome back (so the test can look at what the command left)
     * and exits with the command's code.
     */
    private static final String FULL_DISK = """
            d="$1"; kib="$2"; shift 2
            t=$(mktemp -d) || exit 97
            size=$(( $(du -sk "$d" | cut -f1) + kib + 1024 ))
            mount -t tmpfs -o size=${size}k tmpfs "$t" && mkdir "$t/c" && cp -a "$d/." "$t/c/" || exit 97
            avail=$(df -k --output=avail "$t" | tail -1)
            [ "$avail" -le "$kib" ] || dd if=/dev/zero of="$t/filler" bs=1k count=$(( avail - kib )) status=none
            mount --bind "$t/c" "$d" || exit 97
            "$@"; rc=$?
            umount "$d" && find "$d" -mindepth 1 -delete && cp -a "$t/c/." "$d/" || exit 98
            umount "$t"; rmdir "$t"; exit $rc
            """;

    private static List<String> namespace;
    private static Boolean dropsOverride;

    private FolderFaults() {
    }

    /** {@code b} with {@code dir} read-only for it (the rest of the file system as it was). */
    static ProcessBuilder readOnly(Path dir, ProcessBuilder b) {
        return wrap(b, READ_ONLY, dir.toAbsolutePath().toString());
    }

    /** {@code b} with {@code dir} on a file system that has only {@code freeKib} KiB free. */
    static ProcessBuilder onFullDisk(Path dir, long freeKib, ProcessBuilder b) {
        return wrap(b, FULL_DISK, dir.toAbsolutePath().toString(), Long.toString(freeKib));
    }

    /**
     * {@code b} as a user bound by permission bits: as root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (a
     * folder made {@code chmod a-w} is then refused), as anyone else unchanged.
     */
    static ProcessBuilder withoutPermissionOverride(ProcessBuilder b) {
        if (!isRoot()) {
            return b;
        }
        if (dropsOverride == null) {
            dropsOverride = works(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                    "--inh-caps=-dac_override,-dac_read_search", "true"));
        }
        Assumptions.assumeTrue(dropsOverride, "setpriv cannot drop root's permission override here");
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                "--inh-caps=-dac_override,-dac_read_search"));
        cmd.addAll(b.command());
        return b.command(cmd);
    }

    private static ProcessBuilder wrap(ProcessBuilder b, String script, String... scriptArgs) {
        List<String> cmd = new ArrayList<>(namespace());
        cmd.addAll(List.of("bash", "-c", script, "vidcat-fault"));
        cmd.addAll(List.of(scriptArgs));
        cmd.addAll(b.command());
        return b.command(cmd);
    }

    /** How to enter a private mount namespace here: as a mapped root in a user namespace, else as real root. */
    private static synchronized List<String> namespace() {
        if (namespace == null) {
            namespace = List.of();
            for (List<String> candidate : List.of(List.of("unshare", "--user", "--map-root-user", "--mount"),
                    List.of("unshare", "--mount"))) {
                if (canMountIn(candidate)) {
                    namespace = candidate;
                    break;
                }
            }
        }
        Assumptions.assumeFalse(namespace.isEmpty(),
                "no private mount namespace here (unshare not allowed): read-only and full-disk faults cannot be made");
        return namespace;
    }

    private static boolean canMountIn(List<String> ns) {
        try {
            Path probe = Files.createTempDirectory("vidcat-fault-probe");
            try {
                List<String> cmd = new ArrayList<>(ns);
                cmd.addAll(List.of("bash", "-c", READ_ONLY, "probe", probe.toString(), "bash", "-c",
                        "! touch \"$0/x\" 2>/dev/null", probe.toString()));
                return works(cmd) && !Files.exists(probe.resolve("x"));
            } finally {
                Files.deleteIfExists(probe.resolve("x"));
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean works(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
