package nl.vidcat.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What the live index build holds, for comparing it with the records ({@code vidcat check}): its facts and the ids
 * of its documents, read from doc values without loading a document. Read-only; needs no lock (builds are never
 * changed once published).
 *
 * @param info    the build's facts, or null when there is no readable live build
 * @param ids     the document ids, sorted; empty when {@code info} is null
 * @param problem why there is no readable live build ("no index has been built yet", ...), or null
 */
public record IndexContents(IndexInfo info, String[] ids, String problem) {

    /** Reads the live build of {@code store}. */
    public static IndexContents read(IndexStore store) {
        Optional<String> cur;
        try {
            cur = store.current();
        } catch (UncheckedIOException e) {
            return new IndexContents(null, new String[0], "index/CURRENT cannot be read: " + e.getCause().getMessage());
        }
        if (cur.isEmpty()) {
            boolean pointer = Files.exists(store.dir().resolve(IndexStore.CURRENT));
            return new IndexContents(null, new String[0], pointer ? "index/CURRENT does not name a build"
                    : "no search index has been built yet");
        }
        try (Directory d = FSDirectory.open(store.buildDir(cur.get()));
             DirectoryReader reader = DirectoryReader.open(d)) {
            IndexInfo info = IndexInfo.fromUserData(cur.get(), SegmentInfos.readLatestCommit(d).getUserData());
            List<String> ids = new ArrayList<>(reader.numDocs());
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                SortedDocValues values = leaf.getSortedDocValues(IndexFields.ID);
                Bits live = leaf.getLiveDocs();
                for (int doc = 0; values != null && doc < leaf.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }
            }
            String[] sorted = ids.toArray(String[]::new);
            Arrays.sort(sorted);
            return new IndexContents(info, sorted, null);
        } catch (IOException | RuntimeException e) {
            return new IndexContents(null, new String[0], "the live index build " + cur.get() + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }
}
