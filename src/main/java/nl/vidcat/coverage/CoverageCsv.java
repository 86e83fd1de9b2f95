package nl.vidcat.coverage;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.sheet.SheetFormat;
import nl.vidcat.sheet.SheetWriter;

/**
 * {@code vidcat coverage --format csv}: a row per kerndoel under Dutch headers, as Excel's "CSV UTF-8" (BOM, ';',
 * CRLF) like every sheet vidcat writes, text cells made safe against formulas. {@code zonder video} is "ja" for a
 * kerndoel without an approved video, so a filter on it gives the list for the next student films.
 */
public final class CoverageCsv {

    /** UTF-8 rather than Windows-1252: Dutch Excel opens both, and a leergebied or label may hold any letter. */
    public static final SheetFormat FORMAT = SheetFormat.EXCEL_NL.utf8();

    private CoverageCsv() {
    }

    /** The whole file: byte order mark, header and rows. */
    public static byte[] bytes(Coverage c) {
        return SheetWriter.table(FORMAT, records(c));
    }

    /** The same without the byte order mark, for standard output. */
    public static String text(Coverage c) {
        return FORMAT.lines(records(c));
    }

    static List<List<String>> records(Coverage c) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("onderwijs", "leergebied", "kerndoel", "omschrijving"));
        c.columns().years().forEach(y -> header.add("leerjaar " + y));
        header.addAll(c.columns().levels());
        header.addAll(List.of("totaal", "zonder video"));
        out.add(header);
        for (Coverage.GoalSet set : c.sets()) {
            for (Coverage.Area a : set.areas()) {
                for (Coverage.Goal g : a.goals()) {
                    List<String> row = new ArrayList<>(List.of(set.po() ? "PO" : "VO", a.name(),
                            String.valueOf(g.number()), g.label()));
                    c.columns().years().forEach(y -> row.add(String.valueOf(g.years().getOrDefault(y.toString(), 0))));
                    c.columns().levels().forEach(l -> row.add(String.valueOf(g.levels().getOrDefault(l, 0))));
                    row.add(String.valueOf(g.total()));
                    row.add(g.uncovered() ? "ja" : "nee");
                    out.add(row);
                }
            }
        }
        return out;
    }
}
