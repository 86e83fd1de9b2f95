package nl.vidcat.validate;

import nl.vidcat.model.VideoRecord;

/**
 * Proposes kerndoelen for a record that has none, shown as a hint in validate's text report (not a finding: it
 * changes no count and no exit code). Validate has no suggester of its own; the command passes one in.
 */
@FunctionalInterface
public interface GoalHint {

    GoalHint NONE = record -> null;

    /** "KD 22 (0.81), KD 23 (0.64)" for {@code record}, which has no kerndoelen; null for no hint. */
    String hint(VideoRecord record);
}
