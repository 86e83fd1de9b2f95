package nl.vidcat.model;

/**
 * A catalog's setting for one validation rule in {@code catalog.json}: switch it off, or change its severity.
 *
 * @param enabled  false switches the rule off; null keeps the default
 * @param severity "error" or "warning"; null keeps the default
 */
public record RuleOverride(Boolean enabled, String severity) {
}
