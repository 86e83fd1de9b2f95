package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.vidcat.io.CsvCell;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code --format csv}: the catalog back as the coordinator's metadata sheet ({@code metadata.csv}), with the Dutch
 * column names ingest reads, {@code ;}-separated UTF-8 with a BOM and CRLF, as Dutch Excel's "CSV UTF-8" writes it.
 * Re-importing the sheet gives the same metadata.
 * <p>
 * Privacy: the sheet is the school's own working file, not a publication, and it must round-trip: leaving out
 * makers without consent would erase them from the catalog on the next ingest. So it carries all makers and the
 * consent column, as the coordinator's original sheet did; it must stay inside the school.
 */
final class CsvSheetWriter implements FormatWriter {

    static final String FILE = "metadata.csv";
    static final List<String> HEADERS = List.of("bestand", "titel", "beschrijving", "vak", "niveau", "leerjaar",
            "kerndoelen", "trefwoorden", "makers", "toestemming", "docent", "school", "licentie", "taal",
            "ondertitels");

    private static final int YEARS = HEADERS.indexOf("leerjaar");

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, FORMAT);
            csv.printRecord(HEADERS);
            for (ExportJob.Item item : job.items) {
                csv.printRecord(row(item.record()));
                job.progress.advance(1, item.id());
            }
            csv.flush();
        }
        return null;
    }

    /**
     * One sheet row. Known terms are written in the form the normalizer reads back; unknown ones as typed. Every text
     * cell goes through {@link CsvCell#text} (no formulas, no control characters); the school years are numbers and
     * are written as they are.
     */
    static List<String> row(VideoRecord r) {
        List<String> row = cells(r);
        for (int i = 0; i < row.size(); i++) {
            if (i != YEARS) {
                row.set(i, CsvCell.text(row.get(i)));
            }
        }
        return row;
    }

    private static List<String> cells(VideoRecord r) {
        Metadata m = r.metadata();
        List<String> row = new ArrayList<>(HEADERS.size());
        row.add(r.source() == null ? "" : nz(r.source().originalPath()));
        if (m == null) {
            while (row.size() < HEADERS.size()) {
                row.add("");
            }
            return row;
        }
        row.add(nz(m.title()));
        row.add(nz(m.description()));
        row.add(m.subject() == null ? "" : m.subject().known() ? m.subject().label() : m.subject().input());
        row.add(m.levels().stream().map(t -> t.known() ? t.code() : t.input()).collect(Collectors.joining(", ")));
        row.add(years(m.years()));
        row.add(m.goals().stream().map(t -> t.known() ? t.code() : t.input()).collect(Collectors.joining(", ")));
        row.add(String.join(", ", m.keywords()));
        row.add(String.join(", ", m.makers()));
        row.add(m.consent() == null ? "" : m.consent() ? "ja" : "nee");
        row.add(nz(m.teacher()));
        row.add(nz(m.school()));
        Term l = m.licence();
        row.add(l == null ? "" : l.known() ? l.id() : l.input());
        row.add(nz(m.language()));
        row.add(nz(m.subtitles()));
        return row;
    }

    /** 1,2,3,5 -> "1-3, 5": how a coordinator writes it. */
    static String years(List<Integer> years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.size(); ) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            parts.add(j > i ? years.get(i) + "-" + years.get(j) : String.valueOf(years.get(i)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public int files() {
        return 1;
    }
}
