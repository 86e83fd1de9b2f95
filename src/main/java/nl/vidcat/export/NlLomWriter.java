package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --format nllom}: one NL-LOM record per video, {@code <id>.xml}, for Edurep or any LOM consumer. */
final class NlLomWriter implements FormatWriter {

    private int files;

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        try {
            // records are independent, so they are mapped and written in parallel; each file's bytes depend only
            // on its record, which keeps the output deterministic
            job.items.parallelStream().forEach(item -> {
                LomRecord lom = job.mapper.map(item.publication(), job.videoUrl(item.id()));
                try {
                    Files.write(dir.resolve(item.id() + ".xml"), LomXml.document(lom));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                job.progress.advance(1, item.id());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files = job.items.size();
        return null;
    }

    @Override
    public int files() {
        return files;
    }
}
