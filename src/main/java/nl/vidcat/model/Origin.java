package nl.vidcat.model;

/**
 * Where a record's metadata came from, so findings can point at the sheet line a coordinator must fix.
 *
 * @param sheet file name of the metadata sheet, or null when the file had no row
 * @param line  1-based line number in the sheet (the header is line 1), or null
 */
public record Origin(String sheet, Integer line) {
}
