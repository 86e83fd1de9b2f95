package nl.vidcat.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code catalog.json}: catalog-level settings a curator may edit by hand.
 *
 * @param rules        validation rule id -> override (see {@code vidcat validate --list-rules})
 * @param allowedNames words and phrases that look like pupils' first names but are not in this catalog ("Roos" in a
 *                     biology catalog, "Willem van Oranje"): the first-name warning skips them; a single string is
 *                     taken as a list of one, as a curator editing by hand may write it
 */
public record CatalogSettings(int schemaVersion, String name, Map<String, RuleOverride> rules,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY)
                              @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                              List<String> allowedNames) {

    public CatalogSettings {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        allowedNames = allowedNames == null ? List.of()
                : allowedNames.stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    public CatalogSettings(int schemaVersion, String name, Map<String, RuleOverride> rules) {
        this(schemaVersion, name, rules, List.of());
    }

    public static CatalogSettings defaults(String name) {
        return new CatalogSettings(VideoRecord.SCHEMA_VERSION, name, Map.of());
    }
}
