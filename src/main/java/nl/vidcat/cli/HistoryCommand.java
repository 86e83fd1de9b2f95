package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.io.Json;
import nl.vidcat.store.RecordHistory;
import nl.vidcat.io.VidcatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat history}: the earlier versions of a record, for {@code vidcat restore}. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the versions of a record, newest first.",
                "Every record vidcat writes (ingest, review, transcode, thumbnails, restore) is kept, and so is a"
                + " record file changed outside vidcat (by hand, by git) before vidcat replaces it ('found'); the"
                + " last " + RecordHistory.KEEP + " per record, in CATALOG/history/. 'vidcat restore' puts one back."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  vidcat history breuken-3f9a2c1d",
                "  vidcat restore breuken-3f9a2c1d --version 4"})
public final class HistoryCommand implements Callable<Integer> {

    enum Format { text, json }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The record whose versions to list.")
    private String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    private Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = globals.openCatalog();
        List<RecordHistory.Entry> entries = catalog.history().entries(id);
        if (entries.isEmpty() && !Files.exists(catalog.recordFile(id))) {
            throw VidcatException.usage("no record with id '" + id + "' in " + catalog.dir()
                    + " (and no earlier versions of one)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(new String(Json.pretty(entries), StandardCharsets.UTF_8));
        } else if (entries.stream().allMatch(RecordHistory.Entry::current)) {
            out.println("Record " + id + " has no earlier versions: it has not changed since vidcat kept it.");
        } else {
            out.println(entries.size() + " version(s) of " + id + ", newest first; * is the record as it is now"
                    + " ('vidcat restore " + id + " --version N' puts one back):");
            out.printf("  %5s  %-19s  %-11s  %-10s  %7s  %s%n", "N", "WRITTEN", "BY", "STATUS", "REVIEWS", "TITLE");
            for (RecordHistory.Entry e : entries) {
                out.printf("  %4d%s  %-19s  %-11s  %-10s  %7s  %s%n", e.number(), e.current() ? "*" : " ",
                        TIME.format(e.writtenAt()), e.writtenBy(), e.unreadable() == null ? e.status() : "unreadable",
                        e.unreadable() == null ? String.valueOf(e.reviews()) : "-",
                        ControlCharacters.escape(e.unreadable() == null ? Objects.toString(e.title(), "") : e.unreadable()));
            }
        }
        out.flush();
        return 0;
    }
}
