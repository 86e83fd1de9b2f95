package nl.vidcat.report;

/**
 * Something about a video the coordinator should fix, in plain Dutch.
 *
 * @param code    stable code; findings with the same code are counted together in the summary
 * @param title   short Dutch name of the kind of finding ("Onbekend vak"), the same for every finding of a code
 * @param message Dutch explanation for this video, saying what to change where
 */
public record Finding(Severity severity, String code, String title, String message) {

    public enum Severity {
        ERROR("fout", "fouten"),
        WARNING("waarschuwing", "waarschuwingen");

        private final String one;
        private final String many;

        Severity(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** "1 fout", "3 waarschuwingen". */
        public String count(long n) {
            return n + " " + (n == 1 ? one : many);
        }

        public String css() {
            return this == ERROR ? "fout" : "waarschuwing";
        }
    }
}
