package nl.vidcat.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The live index build, opened by {@link Indexer} to compare against and to update from.
 *
 * @param info         its facts, or null when there is no readable live build
 * @param problem      why there is none ("no index yet", "live index unreadable"), else null
 * @param segmentNames the segments of its last commit, which an incremental build keeps
 */
record LiveBuild(Directory dir, DirectoryReader reader, IndexInfo info, String problem, List<String> segmentNames)
        implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(LiveBuild.class);

    static LiveBuild open(IndexStore store) throws IOException {
        Optional<String> cur = store.current();
        if (cur.isEmpty()) {
            return none("no index yet");
        }
        Directory dir = FSDirectory.open(store.buildDir(cur.get()));
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            SegmentInfos sis = SegmentInfos.readLatestCommit(dir);
            List<String> names = new ArrayList<>();
            for (SegmentCommitInfo sci : sis) {
                names.add(sci.info.name);
            }
            return new LiveBuild(dir, reader, IndexInfo.fromUserData(cur.get(), sis.getUserData()), null, names);
        } catch (IOException e) {
            LOG.warn("live index build {} is unreadable ({}); building a new one from scratch", cur.get(),
                    e.getMessage());
            dir.close();
            return none("live index unreadable");
        }
    }

    /** No live build to start from, for the reason given. */
    private static LiveBuild none(String problem) {
        return new LiveBuild(null, null, null, problem, List.of());
    }

    /** id -> record hash of every live document. */
    Map<String, BytesRef> hashes() throws IOException {
        Map<String, BytesRef> out = new HashMap<>(reader.numDocs() * 2);
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            SortedDocValues ids = leaf.getSortedDocValues(IndexFields.ID);
            BinaryDocValues hashes = leaf.getBinaryDocValues(IndexFields.HASH);
            Bits liveDocs = leaf.getLiveDocs();
            if (ids == null || hashes == null) {
                continue;
            }
            for (int d = 0; d < leaf.maxDoc(); d++) {
                if ((liveDocs == null || liveDocs.get(d)) && ids.advanceExact(d) && hashes.advanceExact(d)) {
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), BytesRef.deepCopyOf(hashes.binaryValue()));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (dir != null) {
            dir.close();
        }
    }
}
