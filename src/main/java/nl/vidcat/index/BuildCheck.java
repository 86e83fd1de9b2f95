package nl.vidcat.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.io.VidcatException;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The gate a build passes before it is published: Lucene's CheckIndex (integrity of postings, doc values, stored
 * fields; for an incremental build only the new segments, the others were checked when written), the suggester
 * built, and smoke queries through the real search path: document counts match the commit, and sample records are
 * found by their own title.
 */
final class BuildCheck {

    private static final Logger LOG = LogManager.getLogger(BuildCheck.class);

    private final DutchAnalysis analysis;
    private final boolean titleQueries;

    /** @param titleQueries whether the index was analyzed with {@code analysis} (not so for benchmark baselines) */
    BuildCheck(DutchAnalysis analysis, boolean titleQueries) {
        this.analysis = analysis;
        this.titleQueries = titleQueries;
    }

    /** @param oldSegments segments already checked (incremental build), or null to check all */
    void verify(Path build, IndexInfo info, List<String> oldSegments, List<RecordSource.Loaded> samples)
            throws IOException {
        try (Directory d = FSDirectory.open(build)) {
            checkIndex(d, oldSegments);
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                Suggestions.build(reader, build, analysis.exact());
            }
        }
        try (Searcher s = Searcher.openBuild(build, analysis)) {
            long docs = s.count(new org.apache.lucene.search.MatchAllDocsQuery());
            long searchable = s.count(new TermQuery(new Term(IndexFields.VALID, "1")));
            if (docs != info.records() || searchable != info.searchable()) {
                fail("it holds " + docs + " documents (" + searchable + " searchable) instead of " + info.records()
                        + " (" + info.searchable() + ")");
            }
            if (titleQueries) {
                for (RecordSource.Loaded sample : samples) {
                    String title = sample.record().metadata() == null ? null : sample.record().metadata().title();
                    if (title != null && !DutchAnalysis.tokens(analysis.index(), title).isEmpty()
                            && s.count(title, sample.record().id()) != 1) {
                        fail("a search for the title '" + title + "' does not find record " + sample.record().id());
                    }
                }
            }
        }
    }

    private static void checkIndex(Directory d, List<String> oldSegments) throws IOException {
        List<String> only = null;
        if (oldSegments != null) {
            only = new ArrayList<>();
            for (SegmentCommitInfo sci : SegmentInfos.readLatestCommit(d)) {
                if (!oldSegments.contains(sci.info.name)) {
                    only.add(sci.info.name);
                }
            }
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (CheckIndex check = new CheckIndex(d)) {
            check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
            check.setThreadCount(Math.max(1, Runtime.getRuntime().availableProcessors()));
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex(only);
            if (!status.clean) {
                LOG.error("CheckIndex output:\n{}", log.toString(StandardCharsets.UTF_8));
                fail("Lucene CheckIndex found problems (details in the log)");
            }
        }
    }

    private static void fail(String why) {
        throw new VidcatException(VidcatException.FINDINGS, "the new index failed its checks: " + why
                + "; the previous index keeps serving");
    }
}
