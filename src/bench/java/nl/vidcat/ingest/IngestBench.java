package nl.vidcat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.media.Prober;
import nl.vidcat.media.VideoFixtures;

/** Benchmark behind bench/ingest; not a test. Args: WORKDIR N. */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path clips = Files.createDirectories(work.resolve("clips"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = clips.resolve(String.format("clip-%03d.mp4", i));
            if (!Files.exists(f)) {
                VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=10",
                        "-f", "lavfi", "-i", "sine=frequency=" + (200 + i) + ":sample_rate=48000:duration=10",
                        "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "2M", "-c:a", "aac", "-shortest",
                        "-metadata", "comment=" + i, f.toString());
            }
            files.add(f);
        }
        Path big = work.resolve("big-100mb.mp4");
        if (!Files.exists(big)) {
            VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25:duration=25",
                    "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "32M", "-minrate", "32M", "-maxrate", "32M",
                    "-bufsize", "8M", big.toString());
        }
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        warm(files, big);

        // 1. vidcat probe per file (in-process) vs Debian ffprobe per file (a process each, as scripts use it).
        long t0 = System.nanoTime();
        for (Path f : files) {
            Prober.probe(f);
        }
        double probeMs = (System.nanoTime() - t0) / 1e6 / files.size();
        t0 = System.nanoTime();
        for (Path f : files) {
            run("/usr/bin/ffprobe", "-v", "error", "-show_streams", "-show_format", f.toString());
        }
        double ffprobeMs = (System.nanoTime() - t0) / 1e6 / files.size();

        // 2. Whole ingest of N files (copy into a fresh catalog), all cores.
        Path catDir = work.resolve("catalog");
        deleteTree(catDir);
        Catalog c = Catalog.openOrCreate(catDir);
        t0 = System.nanoTime();
        IngestResult r = new Ingester(c, Progress.NONE, Clock.systemUTC())
                .run(new Ingester.Options(clips, null, Ingester.Transfer.COPY,
                        Runtime.getRuntime().availableProcessors(), false));
        double ingestS = (System.nanoTime() - t0) / 1e9;
        // 3. Re-ingest (nothing new: dedupe by hash) shows the hash+probe rate alone.
        t0 = System.nanoTime();
        new Ingester(c, Progress.NONE, Clock.systemUTC()).run(new Ingester.Options(clips, null,
                Ingester.Transfer.COPY, Runtime.getRuntime().availableProcessors(), false));
        double reingestS = (System.nanoTime() - t0) / 1e9;

        // 4. Probe + hash of one 100 MB file vs sha256sum alone (both from page cache; best of 5).
        double bigMb = Files.size(big) / 1e6;
        double ours = Double.MAX_VALUE;
        double peer = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            FileFacts f = FileFacts.of("big", big);
            if (!f.accepted()) {
                throw new IllegalStateException(f.rejection());
            }
            ours = Math.min(ours, (System.nanoTime() - s) / 1e9);
            s = System.nanoTime();
            run("sha256sum", big.toString());
            peer = Math.min(peer, (System.nanoTime() - s) / 1e9);
        }

        System.out.printf(Locale.ROOT, "ingest bench: %d files of 10 s 720p, %.1f MB, %d cores%n", files.size(),
                totalBytes / 1e6, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  ingest (hash+probe+copy+record): %.2f s = %.1f files/s, %.1f MB/s (%s)%n",
                ingestS, files.size() / ingestS, totalBytes / 1e6 / ingestS, r.summaryLine());
        System.out.printf(Locale.ROOT, "  re-ingest (hash+probe, all unchanged): %.2f s = %.1f files/s, %.1f MB/s hashed%n",
                reingestS, files.size() / reingestS, totalBytes / 1e6 / reingestS);
        System.out.printf(Locale.ROOT, "  probe per file: vidcat %.1f ms, ffprobe -show_streams -show_format %.1f ms"
                + " -> ratio vidcat/ffprobe %.2f%n", probeMs, ffprobeMs, probeMs / ffprobeMs);
        System.out.printf(Locale.ROOT, "  %.0f MB file: probe+hash %.3f s, sha256sum %.3f s -> ratio %.2f (target <= 1.20)%n",
                bigMb, ours, peer, ours / peer);
    }

    private static void warm(List<Path> files, Path big) throws Exception {
        for (Path f : files) {
            Prober.probe(f);
        }
        run("cat", big.toString());
        Prober.probe(big);
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
