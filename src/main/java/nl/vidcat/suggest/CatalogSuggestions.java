package nl.vidcat.suggest;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;

/**
 * Suggestions for the records of a catalog, with its approved records that have kerndoelen as the examples. A record
 * that is an example itself is never its own neighbour.
 */
public final class CatalogSuggestions {

    private CatalogSuggestions() {
    }

    /** A suggester with the examples of {@code records} (approved, with kerndoelen). */
    public static Suggester suggester(Catalog catalog, List<VideoRecord> records) {
        List<SuggestInput> examples = new ArrayList<>();
        for (VideoRecord r : records) {
            if (r.status() == ReviewStatus.APPROVED && r.metadata() != null && !r.metadata().goals().isEmpty()) {
                SuggestInput in = SuggestInput.of(r, catalog);
                if (!in.goals().isEmpty()) {
                    examples.add(in);
                }
            }
        }
        return Suggester.of(examples);
    }

    /** The suggester of the whole catalog; empty or unreadable catalogs give the zero-shot one. */
    public static Suggester suggester(Catalog catalog) {
        return suggester(catalog, catalog.scan().records());
    }

    /**
     * Suggestions for the records {@code ids} (all when empty), in id order.
     *
     * @throws nl.vidcat.io.VidcatException (usage) for an unknown id
     */
    public static List<Suggestion> of(Catalog catalog, List<String> ids) {
        List<VideoRecord> all = catalog.scan().records();
        Suggester s = suggester(catalog, all);
        List<VideoRecord> targets = ids.isEmpty() ? all : catalog.scan(ids).records();
        return targets.stream().map(r -> s.suggest(SuggestInput.of(r, catalog))).toList();
    }
}
