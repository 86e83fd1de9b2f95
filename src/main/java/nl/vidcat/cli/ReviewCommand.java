package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.CsvCell;
import nl.vidcat.io.Json;
import nl.vidcat.store.RecordScan;
import nl.vidcat.io.VidcatException;
import nl.vidcat.review.Decision;
import nl.vidcat.review.ReviewForm;
import nl.vidcat.review.Reviews;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat review}: record a peer review, import a sheet of them, or list what waits. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review videos before publication: record decisions, or list the videos waiting for one.",
                "The criteria are after MERLOT: content accuracy, didactic quality, usability, copyright of used material. A decision"
                + " sets the status: approve -> approved, revise -> in-review (the comment says what to fix; the next"
                + " review decides), reject -> rejected. Approving needs every score >= 3 and copyright=ok."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  vidcat review breuken-3f9a2c1d --reviewer \"J. de Vries\" \\",
                "      --scores content=4,didactics=5,usability=3,copyright=ok --decision approve",
                "  vidcat review --import beoordelingen.csv",
                "  vidcat review --pending --format csv > beoordelingen.csv"})
public final class ReviewCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The video to review (see --pending for ids).")
    private String id;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who reviewed (a subject colleague).")
    private String reviewer;

    @Option(names = "--scores", paramLabel = "SCORES",
            description = "content=1-5,didactics=1-5,usability=1-5,copyright=ok|not-ok (Dutch names work too).")
    private String scores;

    @Option(names = "--student-ratings", paramLabel = "R,R,…",
            description = "Optional 1-5 ratings from students who watched the film, e.g. 4,5,3.")
    private String studentRatings;

    @Option(names = "--decision", paramLabel = "DECISION", description = "approve, revise or reject.")
    private String decision;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Required for revise (what to fix) and reject (why).")
    private String comment;

    @Option(names = "--import", paramLabel = "CSV", description = "Record every review in this sheet (one per line).")
    private Path importSheet;

    @Option(names = "--pending", description = "List the videos waiting for a review decision.")
    private boolean pending;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output of --pending: text (default), json, or"
            + " csv (a sheet to fill in and --import).")
    private Format format = Format.text;

    @Override
    public Integer call() throws IOException {
        int modes = (id != null ? 1 : 0) + (importSheet != null ? 1 : 0) + (pending ? 1 : 0);
        if (modes != 1) {
            throw VidcatException.usage(modes == 0
                    ? "say what to do: 'vidcat review ID --reviewer … --scores … --decision …', '--import FILE' or '--pending'"
                    : "give only one of ID, --import and --pending");
        }
        if (id == null && (reviewer != null || scores != null || studentRatings != null || decision != null
                || comment != null)) {
            throw VidcatException.usage("--reviewer, --scores, --student-ratings, --decision and --comment go with"
                    + " a video ID, not with --import or --pending");
        }
        Catalog catalog = globals.openCatalog();
        Reviews reviews = new Reviews(catalog, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        if (pending) {
            RecordScan scan = catalog.scan();
            out.print(pending(reviews.pending(scan)));
            out.flush();
            // on stderr: the list may be a CSV or JSON file being written
            PrintWriter err = spec.commandLine().getErr();
            scan.problems().forEach(m -> err.println("vidcat: not listed: " + m));
            err.flush();
            return scan.complete() ? 0 : VidcatException.FINDINGS;
        }
        if (importSheet != null) {
            Reviews.ImportResult r;
            try (CatalogLock lock = globals.lock(catalog, "review")) {
                r = reviews.importSheet(importSheet, globals.progress());
            }
            print(out, r);
            return r.clean() ? 0 : VidcatException.FINDINGS;
        }
        ReviewForm form = ReviewForm.of(reviewer, ReviewForm.parseScores(scores), ReviewForm.parseRatings(studentRatings),
                decision == null ? null : Decision.find(decision).orElseThrow(() -> VidcatException.usage(
                        "unknown decision '" + decision + "': use approve, revise or reject")),
                comment, reviews.clock().instant());
        Reviews.Outcome o;
        try (CatalogLock lock = globals.lock(catalog, "review")) {
            o = reviews.add(id, form);
        }
        out.println(o.duplicate()
                ? "This review of " + o.id() + " is already recorded; nothing changed (status " + o.after().code() + ")."
                : "Recorded review of " + o.id() + " (" + o.title() + ") by " + form.reviewer() + ": "
                + o.decision().code() + "; status " + o.before().code() + " -> " + o.after().code() + ".");
        return 0;
    }

    private static void print(PrintWriter out, Reviews.ImportResult r) {
        out.printf("%s (%s, '%s'-separated): %d review(s) recorded, %d already recorded, %d line(s) rejected%n",
                r.sheet().getFileName(), r.encoding(), r.delimiter() == '\t' ? "\\t" : String.valueOf(r.delimiter()),
                r.applied().size(), r.duplicates().size(), r.rejected().size());
        for (Reviews.LineError e : r.rejected()) {
            out.printf("  line %d%s: %s%n", e.line(), e.id().isBlank() ? "" : " (" + e.id() + ")", e.message());
        }
        if (r.brokenLine() > 0) {
            out.printf("  line %d: from here on the file is not readable CSV (an unclosed quote?); fix it and import"
                    + " again (reviews already recorded are not added twice)%n", r.brokenLine());
        }
        if (!r.unknownColumns().isEmpty()) {
            out.println("  ignored unknown column(s): " + String.join(", ", r.unknownColumns()));
        }
        if (r.unfilled() > 0) {
            out.printf("  %d line(s) not filled in yet (no reviewer, scores or decision): left waiting%n", r.unfilled());
        }
    }

    private String pending(List<Reviews.Pending> list) {
        return switch (format) {
            case json -> new String(Json.pretty(list), java.nio.charset.StandardCharsets.UTF_8);
            case csv -> csv(list);
            case text -> text(list);
        };
    }

    private static String text(List<Reviews.Pending> list) {
        if (list.isEmpty()) {
            return "No videos wait for review.\n";
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Amsterdam"));
        int w = list.stream().mapToInt(p -> p.id().length()).max().orElse(2);
        StringBuilder sb = new StringBuilder(list.size() + " video(s) wait for review:\n");
        sb.append(String.format("  %-9s  %-10s  %-" + w + "s  %s%n", "STATUS", "SINCE", "ID", "TITLE"));
        for (Reviews.Pending p : list) {
            sb.append(String.format("  %-9s  %-10s  %-" + w + "s  %s", p.status().code(),
                    p.waitingSince() == null ? "?" : day.format(p.waitingSince()), p.id(), p.title()));
            if (p.lastReview() != null) {
                sb.append("  [").append(p.lastReview().decision()).append(" by ").append(p.lastReview().reviewer());
                if (p.lastReview().comment() != null) {
                    String c = p.lastReview().comment().replaceAll("\\s+", " ");
                    sb.append(": ").append(c.length() > 60 ? c.substring(0, 59) + "…" : c);
                }
                sb.append(']');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * A sheet for reviewers to fill in: Dutch headers, ';'-separated like Dutch Excel, ready for --import. Record text
     * goes through {@link CsvCell#text}, so a title such as {@code =HYPERLINK(…)} stays text in Excel.
     */
    private static String csv(List<Reviews.Pending> list) {
        StringWriter sw = new StringWriter();
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter p = new CSVPrinter(sw, f)) {
            p.printRecord("id", "titel", "vak", "status", "beoordelaar", "inhoud", "didactiek", "bruikbaarheid",
                    "auteursrecht", "leerlingcijfers", "besluit", "opmerking", "datum");
            for (Reviews.Pending x : list) {
                p.printRecord(CsvCell.text(x.id()), CsvCell.text(x.title()), CsvCell.text(x.subject()),
                        x.status().code(), "", "", "", "", "", "", "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
