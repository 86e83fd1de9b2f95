package nl.vidcat.coverage;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;

/** A small school catalogue whose coverage is worked out by hand in the tests. */
public final class CoverageFixtures {

    /** Markup and terminal escapes: must never reach a page as markup or a terminal as a control. */
    public static final String HOSTILE = "<script>document.body.dataset.pwned='3'</script>\u001b]0;pwned\u0007\u202e";

    /** id, subject, levels, years, goals, status. */
    static final List<String[]> VIDEOS = List.of(
            new String[]{"breuken-00000001", "wiskunde", "havo", "1", "KD22, KD23", "approved"},
            new String[]{"procenten-00000002", "wiskunde", "havo, vwo", "1-2", "KD22", "approved"},
            new String[]{"hoeken-00000003", "wiskunde", "vwo", "2", "KD24", "draft"},
            new String[]{"grafieken-00000004", "wiskunde", "havo", "1", "KD28", "draft"},
            new String[]{"cellen-00000005", "biologie", "vmbo-gt", "1", "KD34", "rejected"},
            new String[]{"spelling-00000006", "Nederlands", "vmbo-b, vmbo-k", "1", "KD4, PO 2", "approved"},
            new String[]{"planten-00000007", "biologie", "havo", "3", "", "approved"},
            new String[]{"romeinen-00000008", "geschiedenis", "havo", "2", "KD37", "in-review"});

    private CoverageFixtures() {
    }

    /** {@link #VIDEOS}, each with a title that tries to break the page and the terminal. */
    public static List<VideoRecord> school() {
        List<VideoRecord> out = new ArrayList<>();
        for (String[] v : VIDEOS) {
            VideoRecord r = RecordFixtures.sample(v[0], HOSTILE + " " + v[0], v[1], v[2], v[3], v[4]);
            out.add(r.withStatus(ReviewStatus.of(v[5]), RecordFixtures.T0));
        }
        return out;
    }

    /** An approved record whose subject is typed text no vocabulary knows, and that names no known kerndoel. */
    public static VideoRecord unknownSubject() {
        return RecordFixtures.sample("vreemd-00000009", HOSTILE, "vak " + HOSTILE, "havo", "1", "KD99")
                .withStatus(ReviewStatus.APPROVED, RecordFixtures.T0);
    }
}
