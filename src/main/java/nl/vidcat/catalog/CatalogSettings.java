package nl.vidcat.catalog;

import java.util.Map;

/**
 * {@code catalog.json}: catalog-level settings a curator may edit by hand.
 *
 * @param rules validation rule id -> override (see {@code vidcat validate --list-rules})
 */
public record CatalogSettings(int schemaVersion, String name, Map<String, RuleOverride> rules) {

    public CatalogSettings {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }

    public static CatalogSettings defaults(String name) {
        return new CatalogSettings(VideoRecord.SCHEMA_VERSION, name, Map.of());
    }
}
