package nl.vidcat.cli;

import java.nio.file.Path;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLayout;
import nl.vidcat.suggest.SuggestInput;
import nl.vidcat.suggest.Suggester;
import nl.vidcat.suggest.Suggestion;
import nl.vidcat.validate.GoalHint;

/**
 * validate's hint on records without kerndoelen: {@code vidcat suggest}'s proposals from the kerndoel texts alone.
 * Not from the approved records: that would read the whole catalog a second time, and validate must stay fast. The
 * suggester is built on the first record that needs it, so a catalog whose records all have kerndoelen pays
 * nothing.
 */
final class SuggestHint implements GoalHint {

    private final Catalog catalog;
    private volatile Suggester suggester;

    /** @param catalogDir where subtitle files are read from, when it is a catalog */
    SuggestHint(Path catalogDir) {
        this.catalog = CatalogLayout.isCatalog(catalogDir) ? Catalog.open(catalogDir) : null;
    }

    @Override
    public String hint(VideoRecord record) {
        Suggestion s = suggester().suggest(SuggestInput.of(record, catalog));
        return s.goals().isEmpty() ? null : s.goalsShort();
    }

    private Suggester suggester() {
        Suggester s = suggester;
        if (s == null) {
            synchronized (this) {
                s = suggester;
                if (s == null) {
                    s = Suggester.withoutExamples();
                    suggester = s;
                }
            }
        }
        return s;
    }
}
