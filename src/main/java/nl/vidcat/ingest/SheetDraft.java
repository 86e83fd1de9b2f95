package nl.vidcat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.CsvCell;
import nl.vidcat.io.CsvFile;
import nl.vidcat.io.VidcatException;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.PickLists;
import nl.vidcat.sheet.Sheet;
import nl.vidcat.sheet.SheetFormat;
import nl.vidcat.sheet.SheetReader;
import nl.vidcat.sheet.SheetRow;
import nl.vidcat.sheet.SheetWriter;
import nl.vidcat.stage.Progress;

/**
 * {@code vidcat sheet}: the metadata sheet for a folder of videos, ready to fill in: a row per video that ingest
 * would find, with file, guessed title, duration and sidecar subtitles. Run again, it adds rows for new videos at
 * the end of the existing sheet and changes nothing else in it; rows whose video is gone are reported, not
 * deleted. Videos are found and matched to rows by ingest's own rules ({@link ImportFolder}), so the sheet
 * describes exactly the files ingest will import.
 */
public final class SheetDraft {

    static final String DEFAULT_NAME = "metadata.csv";

    /**
     * @param out       the sheet to write or add to; null for the folder's only CSV file (the sheet ingest would
     *                  take), else {@code FOLDER/metadata.csv}
     * @param utf8      UTF-8 with a byte order mark instead of Windows-1252; an existing sheet in another encoding
     *                  is converted (its text stays the same)
     * @param pickLists also write {@link PickLists#FILE_NAME} next to the sheet
     * @param exclude   folders not to scan, as for ingest (the catalog, when it lives in the folder)
     */
    public record Options(Path folder, Path out, boolean utf8, boolean pickLists, List<Path> exclude) {
    }

    /** A row added for a video; {@code note} says why its duration is empty, or is null. */
    public record Added(int line, String file, String title, String duration, String note) {
    }

    /** A row of the existing sheet whose video is not in the folder; the row is kept. */
    public record Missing(int line, String file, String reason) {
    }

    /**
     * @param existed   whether the sheet existed (rows were added to it) rather than being created
     * @param written   whether the sheet file was written: not when there was nothing to add
     * @param kept      rows of the existing sheet whose video is in the folder
     * @param skipped   videos no sheet cell can name so that ingest finds them back, with why
     * @param pickLists the pick-list file written, or null
     */
    public record Result(Path sheet, boolean existed, boolean written, String format, int kept, List<Added> added,
                         List<Missing> missing, List<String> skipped, Path pickLists) {

        /** Something for the coordinator to act on: a gone video, one that cannot be probed or named. */
        public boolean hasFindings() {
            return !missing.isEmpty() || !skipped.isEmpty() || added.stream().anyMatch(a -> a.note() != null);
        }
    }

    /** The existing sheet: its bytes, kept exactly, and what they say; null parts when there is none. */
    private record Existing(byte[] bytes, Sheet sheet) {
    }

    private SheetDraft() {
    }

    /** @throws VidcatException (usage) for a missing folder and for an existing file it must not change */
    public static Result run(Options o, Progress progress) throws IOException {
        ImportFolder folder = ImportFolder.scan(o.folder(), o.exclude());
        Path target = o.out() != null ? o.out() : defaultSheet(folder.root());
        Existing old = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? read(target) : new Existing(null, null);
        Path pickFile = o.pickLists() ? target.toAbsolutePath().resolveSibling(PickLists.FILE_NAME) : null;
        if (pickFile != null && Files.exists(pickFile, LinkOption.NOFOLLOW_LINKS)) {
            checkPickLists(pickFile);
        }
        Set<String> described = new HashSet<>();
        List<Missing> missing = new ArrayList<>();
        if (old.sheet() != null) {
            for (SheetRow row : old.sheet().rows()) {
                ImportFolder.Resolved r = folder.resolve(row.get(Column.FILE));
                if (r.error() == null) {
                    described.add(r.relative());
                } else {
                    missing.add(new Missing(row.line(), row.get(Column.FILE), r.error()));
                }
            }
        }
        List<String> skipped = new ArrayList<>();
        Map<String, Path> fresh = freshVideos(folder, described, folder.relative(target), skipped);
        List<VideoRow> rows = probe(folder, fresh, progress);
        SheetFormat own = old.sheet() == null ? SheetFormat.EXCEL_NL : SheetFormat.of(old.sheet(), old.bytes());
        SheetFormat format = o.utf8() ? own.utf8() : own;
        checkEncodable(format, rows, pickFile != null, old.sheet() == null ? null : target);

        List<Map<Column, String>> cells = rows.stream().map(VideoRow::cells).toList();
        boolean write = old.sheet() == null || !rows.isEmpty() || !format.equals(own);
        if (write) {
            AtomicFiles.write(target, old.sheet() == null ? SheetWriter.create(format, cells)
                    : SheetWriter.append(old.sheet(), old.bytes(), format, cells));
        }
        if (pickFile != null) {
            AtomicFiles.write(pickFile, SheetWriter.table(format, PickLists.records()));
        }
        int line = old.sheet() == null ? 2 : SheetWriter.nextLine(old.bytes());
        List<Added> added = new ArrayList<>();
        for (VideoRow r : rows) {
            added.add(new Added(line++, r.file(), r.title(), r.duration(), r.note()));
        }
        return new Result(target, old.sheet() != null, write, format.describe(), described.size(), added, missing,
                skipped, pickFile);
    }

    /** The folder's only CSV file (the sheet ingest would take), else a new {@code metadata.csv} in it. */
    private static Path defaultSheet(Path root) throws IOException {
        List<Path> csvs = ImportFolder.sheetsIn(root);
        if (csvs.size() > 1) {
            throw VidcatException.usage("the folder holds " + csvs.size() + " CSV files ("
                    + String.join(", ", csvs.stream().map(p -> p.getFileName().toString()).toList())
                    + "); say which one is the metadata sheet with -o");
        }
        return csvs.isEmpty() ? root.resolve(DEFAULT_NAME) : csvs.get(0);
    }

    /** The existing sheet, if vidcat can read all of it; else it must stay as it is. */
    private static Existing read(Path target) {
        String keep = "; " + target + " was left as it was (or give another file with -o)";
        byte[] bytes;
        Sheet sheet;
        try {
            bytes = SheetReader.bytes(target);
            sheet = SheetReader.read(target, bytes);
        } catch (VidcatException e) {
            throw VidcatException.usage(e.getMessage() + keep);
        }
        for (Sheet.Problem p : sheet.problems()) {
            if (!p.warning()) {
                throw VidcatException.usage("cannot add rows to " + target + ": " + p.message()
                        + "; fix that line in Excel first" + keep);
            }
        }
        if (!sheet.positions().containsKey(Column.FILE)) {
            throw VidcatException.usage(target + " has no column 'bestand', so vidcat cannot tell which row"
                    + " describes which video; add that column with the file names" + keep);
        }
        return new Existing(bytes, sheet);
    }

    /** A pick-list file is rewritten only when it is one vidcat wrote: never a file of the user's own. */
    private static void checkPickLists(Path file) {
        boolean ours;
        try {
            CsvFile csv = CsvFile.read(file, "pick list", 5, h -> PickLists.HEADER.contains(h.strip()));
            ours = csv.header().cells().stream().map(String::strip).toList().equals(PickLists.HEADER);
        } catch (VidcatException e) {
            ours = false;
        }
        if (!ours) {
            throw VidcatException.usage(file + " exists and is not a pick list vidcat wrote; move it away or leave"
                    + " out --vocab. Nothing was written.");
        }
    }

    /**
     * The folder's videos no row describes, by relative path, leaving out the sheet itself and the files whose
     * name a sheet cell cannot carry back to ingest (control characters, spaces at either end).
     */
    private static Map<String, Path> freshVideos(ImportFolder folder, Set<String> described, String sheet,
                                                 List<String> skipped) {
        Map<String, Path> fresh = new TreeMap<>();
        for (Map.Entry<String, Path> f : folder.files().entrySet()) {
            String rel = f.getKey();
            if (described.contains(rel) || rel.equals(sheet)) {
                continue;
            }
            ImportFolder.Resolved back = folder.resolve(CsvCell.read(CsvCell.text(rel)));
            if (rel.equals(back.relative())) {
                fresh.put(rel, f.getValue());
            } else {
                skipped.add(rel + ": a sheet cell cannot hold this file name exactly (invisible control characters"
                        + " or spaces at either end); rename the file and run again");
            }
        }
        return fresh;
    }

    private static List<VideoRow> probe(ImportFolder folder, Map<String, Path> videos, Progress progress) {
        progress.start("sheet", videos.size());
        try {
            List<VideoRow> rows = new ArrayList<>();
            for (Map.Entry<String, Path> v : videos.entrySet()) {
                rows.add(VideoRow.of(folder, v.getKey(), v.getValue()));
                progress.advance(1, v.getKey());
            }
            return rows;
        } finally {
            progress.finish();
        }
    }

    /**
     * Refuses, before anything is written, when the encoding cannot hold a cell: a '?' in a file name would leave
     * ingest unable to find the video.
     *
     * @param existing the existing sheet, or null for a new one
     */
    private static void checkEncodable(SheetFormat format, List<VideoRow> rows, boolean pickLists, Path existing) {
        List<String> bad = new ArrayList<>();
        for (VideoRow r : rows) {
            String chars = format.unencodable(String.join("", r.cells().values()));
            if (!chars.isEmpty()) {
                bad.add("'" + r.file() + "' (" + chars + ")");
            }
        }
        if (pickLists) {
            PickLists.records().stream().flatMap(List::stream).map(format::unencodable).filter(s -> !s.isEmpty())
                    .findFirst().ifPresent(chars -> bad.add(PickLists.FILE_NAME + " (" + chars + ")"));
        }
        if (bad.isEmpty()) {
            return;
        }
        String what = String.join(", ", bad.stream().limit(5).toList()) + (bad.size() > 5 ? ", …" : "");
        throw VidcatException.usage(existing == null
                ? format.charset().displayName() + ", the encoding Dutch Excel opens with a double-click, cannot hold"
                        + " some characters of " + what + ". Run again with --utf8 to write the sheet as UTF-8 with"
                        + " BOM, which Excel opens as well, or rename the files. Nothing was written."
                : existing + " is " + format.charset().displayName() + ", which cannot hold some characters of "
                        + what + ". Run again with --utf8 to convert it to UTF-8 with BOM (its text stays the same),"
                        + " or rename the files. Nothing was written.");
    }
}
