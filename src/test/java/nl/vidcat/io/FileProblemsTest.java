package nl.vidcat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures are the user's to fix (exit 1 or 2, one sentence) and which remain bugs (exit 3). */
class FileProblemsTest {

    @TempDir
    Path tmp;

    @Test
    void aUserProblemWrappedByAWorkerThreadIsFound() {
        VidcatException full = new VidcatException(VidcatException.FINDINGS, "out of disk space");
        assertSame(full, VidcatException.ofUser(new ExecutionException(new CompletionException(full))));
        assertSame(full, VidcatException.ofUser(new IllegalStateException("unexpected failure in transcode", full)));
    }

    @Test
    void readOnlyPermissionAndVanishedFoldersAreUsageErrors() {
        Path file = tmp.resolve("records").resolve("a.json");
        VidcatException ro = VidcatException.ofUser(new UncheckedIOException(
                new FileSystemException(file.toString(), null, "Read-only file system")));
        assertEquals(VidcatException.USAGE, ro.exitCode());
        assertTrue(ro.getMessage().contains(file.getParent() + " is on a read-only file system"), ro.getMessage());

        VidcatException denied = VidcatException.ofUser(new AccessDeniedException(file.toString()));
        assertEquals(VidcatException.USAGE, denied.exitCode());
        assertTrue(denied.getMessage().startsWith("no permission to use " + file), denied.getMessage());

        VidcatException gone = VidcatException.ofUser(new NoSuchFileException(file.toString()));
        assertEquals(VidcatException.USAGE, gone.exitCode());
        assertTrue(gone.getMessage().contains(file.getParent() + " vanished"), gone.getMessage());
    }

    @Test
    void otherFailuresStayBugs() {
        assertNull(VidcatException.ofUser(new NoSuchFileException(tmp.resolve("missing.json").toString())),
                "a file missing from a folder that is there is not a vanished folder");
        assertNull(VidcatException.ofUser(new IOException("Broken pipe")));
        assertNull(VidcatException.ofUser(new IllegalStateException("a bug")));
    }

    @Test
    void aFullDiskIsFoundInTheChain() {
        VidcatException full = VidcatException.ofUser(new UncheckedIOException(new IOException(
                "No space left on device")));
        assertEquals(VidcatException.FINDINGS, full.exitCode());
        assertTrue(full.getMessage().startsWith("out of disk space"), full.getMessage());
    }
}
