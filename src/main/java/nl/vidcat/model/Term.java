package nl.vidcat.model;

/**
 * A value from a controlled vocabulary (subject, level, kerndoel, licence), kept together with what the
 * coordinator typed. {@code id} is null when the input matched nothing: validation reports it with a suggestion
 * instead of ingest silently dropping it.
 *
 * @param id    identifier in the vocabulary (OBK UUID, or the NL-LOM code for licences); null if unknown
 * @param code  short code or number ("wiskunde", "22", "havo"); null if unknown
 * @param label human label from the vocabulary; null if unknown
 * @param input the text as it was entered in the sheet
 */
public record Term(String id, String code, String label, String input) {

    public static Term unknown(String input) {
        return new Term(null, null, null, input);
    }

    public boolean known() {
        return id != null;
    }
}
