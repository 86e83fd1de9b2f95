package nl.vidcat.validate;

/**
 * A validation rule: a stable id that catalog.json, CI filters and SARIF refer to, its default severity, and what it
 * checks in Dutch and English.
 */
public record Rule(String id, Severity severity, String nl, String en) {

    public String describe(Lang lang) {
        return lang.pick(nl, en);
    }
}
