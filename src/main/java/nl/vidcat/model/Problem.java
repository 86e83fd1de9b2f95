package nl.vidcat.model;

/**
 * Something a stage noticed about a record that a person should look at.
 *
 * @param code    stable code, prefixed by the stage ({@code ingest.no-sheet-row}, {@code transcode.failed})
 * @param message plain-language explanation
 */
public record Problem(String code, String message) {
}
