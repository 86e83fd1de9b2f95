package nl.vidcat.validate;

/** One thing wrong with one record, sheet row or file, explained in Dutch and English. */
public record Finding(Rule rule, Severity severity, Location location, String nl, String en) {

    public String message(Lang lang) {
        return lang.pick(nl, en);
    }
}
