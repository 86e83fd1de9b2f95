package nl.vidcat.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.RuleOverride;
import nl.vidcat.io.VidcatException;
import nl.vidcat.vocab.Vocabulary;

/**
 * The rules in force for one catalog: the defaults of {@link Rules} with the catalog's {@code catalog.json}
 * overrides applied. A typo in catalog.json is a usage error, not a silently ignored setting.
 */
public final class RuleSet {

    public static final RuleSet DEFAULTS = new RuleSet(Map.of());

    /** rule id -> effective severity; null value = switched off */
    private final Map<String, Severity> effective = new HashMap<>();

    private RuleSet(Map<String, RuleOverride> overrides) {
        for (Rule r : Rules.all()) {
            effective.put(r.id(), r.severity());
        }
        overrides.forEach((id, o) -> {
            Rule rule = Rules.byId(id).orElseThrow(() -> unknownRule(id));
            if (o == null) {
                return;
            }
            Severity s = o.severity() == null ? rule.severity()
                    : Severity.parse(o.severity(), "catalog.json, rule '" + id + "'");
            effective.put(id, Boolean.FALSE.equals(o.enabled()) ? null : s);
        });
    }

    public static RuleSet of(CatalogSettings settings) {
        return settings == null || settings.rules().isEmpty() ? DEFAULTS : new RuleSet(settings.rules());
    }

    /** The severity {@code rule} has in this catalog, or null when the catalog switched it off. */
    public Severity severity(Rule rule) {
        return effective.get(rule.id());
    }

    public boolean enabled(Rule rule) {
        return effective.get(rule.id()) != null;
    }

    private static VidcatException unknownRule(String id) {
        List<String> close = Vocabulary.suggestAmong(id, Rules.all().stream().map(Rule::id).toList(), 1);
        return VidcatException.usage("catalog.json names an unknown validation rule '" + id + "'"
                + (close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)")
                + "; 'vidcat validate --list-rules' shows them all");
    }
}
