package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.vidcat.ingest.SheetUpdate;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.SheetFormat;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.suggest.CatalogSuggestions;
import nl.vidcat.suggest.SuggestApply;
import nl.vidcat.suggest.SuggestSheet;
import nl.vidcat.suggest.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat suggest}: proposed kerndoelen, subject, levels and keywords, and applying the accepted ones. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Propose kerndoelen, subject, levels and keywords for records, from their text.",
                "For each record: the three likeliest kerndoelen with a confidence (0-1) and the words that led to"
                        + " each; the likeliest subject when the record has none or one that teaches none of them;"
                        + " levels when it has none; keywords from its text. Made from title, description, keywords"
                        + " and subtitles, matched against the official kerndoel texts with SLO's published"
                        + " elaboration of them, and against the catalog's approved records, which count more as there"
                        + " are more of them. Never changes a record.",
                "--format csv writes a sheet with an 'accepteren' column; type ja where a row is right and run"
                        + " --apply on it: only those rows change their records, as a sheet update at ingest does"
                        + " (the old version is kept in 'vidcat history'). Run again on an existing sheet: rows for"
                        + " new records are added at its end and every row already there stays as it is; a file"
                        + " vidcat cannot read as a suggestion sheet is left as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:suggestions written, or every accepted row applied",
                "1:--apply: a row could not be applied (unknown id, unreadable cell); the others were",
                "2:usage error: unknown id, no catalog, a sheet that is not a suggestion sheet (then nothing was"
                        + " written)"},
        footerHeading = "%nExamples:%n",
        footer = {"  vidcat suggest breuken-3f9a2c1d",
                "  vidcat suggest --format csv -o suggesties.csv",
                "  vidcat suggest --apply suggesties.csv"})
final class SuggestCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    static final String DEFAULT_SHEET = "suggesties.csv";

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Records to suggest for (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), csv (a sheet to accept proposals in) or json.")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (atomically). csv: default " + DEFAULT_SHEET + "; text and json: standard"
                    + " output.")
    Path out;

    @Option(names = "--apply", paramLabel = "SHEET",
            description = "Apply the rows of a suggestion sheet whose 'accepteren' cell is ja, yes or x, and report"
                    + " what changed. Nothing is suggested then.")
    Path apply;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = globals.openCatalog();
        if (apply != null) {
            if (!ids.isEmpty()) {
                throw VidcatException.usage("--apply takes the records from the sheet; leave out the ids");
            }
            return apply(catalog);
        }
        List<Suggestion> suggestions = CatalogSuggestions.of(catalog, ids);
        switch (format) {
            case json -> write(Json.pretty(suggestions));
            case csv -> writeSheet(suggestions);
            case text -> write(SuggestText.of(suggestions).getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    private void write(byte[] bytes) throws IOException {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
        } else {
            AtomicFiles.write(out, bytes);
        }
    }

    /**
     * A new sheet in Dutch Excel's format, or UTF-8 with a byte order mark when a title holds what Windows-1252
     * cannot; an existing one gets rows for the records it lacks and keeps everything else.
     */
    private void writeSheet(List<Suggestion> suggestions) throws IOException {
        Path file = out != null ? out : Path.of(DEFAULT_SHEET);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            addToSheet(file, suggestions);
            return;
        }
        SheetFormat format = SheetFormat.EXCEL_NL;
        String text = suggestions.stream().map(s -> s.title() + String.join("", s.keywords()))
                .collect(Collectors.joining());
        if (!format.unencodable(text).isEmpty()) {
            format = format.utf8();
        }
        AtomicFiles.write(file, SuggestSheet.write(suggestions, format));
        spec.commandLine().getOut().println("Suggestions for " + suggestions.size() + " record(s) in " + file + " ("
                + format.describe() + "); type ja under '" + SuggestSheet.ACCEPT + "' where they are right, then"
                + " run 'vidcat suggest --apply " + file + "'");
    }

    /** As {@code vidcat sheet} on a second run: new rows at the end, typed cells and edited proposals untouched. */
    private void addToSheet(Path file, List<Suggestion> suggestions) throws IOException {
        SuggestSheet.Merged m = SuggestSheet.merge(file, suggestions);
        if (m.bytes() != null) {
            AtomicFiles.write(file, m.bytes());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Suggestion sheet " + file + " (" + m.format().describe() + "): "
                + (m.bytes() == null ? "unchanged, no new records" : m.added().size() + " row(s) added"
                + (m.converted() ? ", converted to UTF-8 (its text unchanged) for characters the old encoding"
                + " cannot hold" : "")));
        int line = m.firstLine();
        for (String id : m.added()) {
            w.println("  added     line " + line++ + ": " + id);
        }
        if (ids.isEmpty()) {
            m.notSuggested().forEach(n -> w.println("  no record " + n + "; the row is kept"));
        }
        w.println(m.added().size() + " added, " + m.kept() + " already in the sheet and left as they are (your"
                + " 'ja' cells and edits kept; delete a row, or the file, for fresh proposals)");
    }

    private int apply(Catalog catalog) throws IOException {
        List<SheetUpdate.Outcome> outcomes;
        try (CatalogLock lock = globals.lock(catalog, "suggest")) {
            outcomes = SuggestApply.apply(catalog, apply, Clock.systemUTC());
        }
        PrintWriter w = spec.commandLine().getOut();
        int changed = 0, failed = 0;
        for (SheetUpdate.Outcome o : outcomes) {
            String where = "  line " + o.row().line() + " " + o.row().id() + ": ";
            if (o.error() != null) {
                failed++;
                w.println(where + "not applied: " + o.error());
            } else if (o.changed().isEmpty()) {
                w.println(where + "unchanged");
            } else {
                changed++;
                w.println(where + "changed " + o.changed().stream().map(Column::dutch)
                        .collect(Collectors.joining(", ")));
            }
        }
        w.println(outcomes.size() + " accepted row(s): " + changed + " record(s) changed, " + failed
                + " not applied");
        return failed > 0 ? VidcatException.FINDINGS : 0;
    }
}
