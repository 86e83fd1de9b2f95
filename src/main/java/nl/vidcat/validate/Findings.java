package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules find about one item, applying the catalog's rule settings: a switched-off rule leaves no
 * trace, an overridden one gets the catalog's severity. Locations are bound later, when the item's file and lines are
 * known.
 */
final class Findings {

    /**
     * @param pointer JSON pointer into the record of what the finding is about; null for the item as a whole
     * @param line    the line when already known (a JSON syntax error), else null: derived from the pointer
     */
    record Hit(Rule rule, Severity severity, String pointer, Integer line, String nl, String en) {
    }

    private final RuleSet rules;
    private final List<Hit> hits = new ArrayList<>();

    Findings(RuleSet rules) {
        this.rules = rules;
    }

    void add(Rule rule, String pointer, String nl, String en) {
        Severity s = rules.severity(rule);
        if (s != null) {
            hits.add(new Hit(rule, s, pointer, null, nl, en));
        }
    }

    void addAtLine(Rule rule, Integer line, String nl, String en) {
        Severity s = rules.severity(rule);
        if (s != null) {
            hits.add(new Hit(rule, s, null, line, nl, en));
        }
    }

    /** Lets a rule skip work the catalog switched off. */
    boolean wants(Rule rule) {
        return rules.enabled(rule);
    }

    List<Hit> hits() {
        return hits;
    }
}
