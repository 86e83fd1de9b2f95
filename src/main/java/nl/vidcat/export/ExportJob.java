package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;

/**
 * Everything a format writer gets: the records that passed the rules (in id order, each with its publication when
 * the format needs media), the mapper, the state the previous export left, and where to report.
 */
final class ExportJob {

    /** A record that may be exported; {@code publication} is null for formats that do not publish media. */
    record Item(VideoRecord record, Publication publication) {
        String id() {
            return record.id();
        }
    }

    final Catalog catalog;
    final ExportRequest request;
    final List<Item> items;
    final LomMapper mapper;
    final JsonNode previousState;
    final Instant now;
    final Progress progress;
    private final List<ExportResult.Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    ExportJob(Catalog catalog, ExportRequest request, List<Item> items, LomMapper mapper, JsonNode previousState,
              Instant now, Progress progress) {
        this.catalog = catalog;
        this.request = request;
        this.items = List.copyOf(items);
        this.mapper = mapper;
        this.previousState = previousState;
        this.now = now;
        this.progress = progress;
    }

    /** The web address of a published video's folder, with a trailing slash. */
    String videoUrl(String id) {
        return request.baseUrl() + "/" + id + "/";
    }

    void skip(String id, ExportResult.Reason reason, String message) {
        skipped.add(new ExportResult.Skipped(id, reason, message));
    }

    void note(String message) {
        notes.add(message);
    }

    List<ExportResult.Skipped> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }
}
