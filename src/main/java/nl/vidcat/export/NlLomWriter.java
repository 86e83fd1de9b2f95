package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/** {@code --format nllom}: one NL-LOM record per video, {@code <id>.xml}, for Edurep or any LOM consumer. */
final class NlLomWriter implements FormatWriter {

    private final WrittenFiles files = new WrittenFiles();

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        // records are independent, so they are mapped and written in parallel; each file's bytes depend only on its
        // record, which keeps the output deterministic
        WrittenFiles.eachInParallel(job.items, item -> {
            LomRecord lom = job.mapper.map(item.publication(), job.videoUrl(item.id()));
            files.write(dir.resolve(item.id() + ".xml"), LomXml.document(lom));
            job.progress.advance(1, item.id());
        });
        return null;
    }

    @Override
    public int files() {
        return files.count();
    }
}
