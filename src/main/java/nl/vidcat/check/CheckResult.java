package nl.vidcat.check;

import java.time.Duration;
import java.util.List;
import nl.vidcat.io.VidcatException;

/**
 * What {@code vidcat check} found (and, with --repair, did).
 *
 * @param faults      problems and notes, in catalog order: lock and temp files, records, media, index
 * @param repairs     what --repair did, one plain line each (empty without --repair)
 * @param notRepaired why --repair could not do a repair it tried, one plain line each
 * @param unrepaired  the problems --repair left for a person (all problems without --repair)
 * @param records     record files examined
 * @param mediaFiles  media files examined
 * @param bytesHashed bytes read to compare SHA-256 (0 for --quick)
 */
public record CheckResult(boolean quick, List<Fault> faults, List<String> repairs, List<String> notRepaired,
                          long unrepaired, long records, long mediaFiles, long bytesHashed, Duration took) {

    public CheckResult {
        faults = List.copyOf(faults);
        repairs = List.copyOf(repairs);
        notRepaired = List.copyOf(notRepaired);
    }

    public long problems() {
        return faults.stream().filter(Fault::problem).count();
    }

    /** 0 when no problem is left, 1 when some need a person (or a repair). */
    public int exitCode() {
        return unrepaired > 0 ? VidcatException.FINDINGS : 0;
    }

    /** Hashing speed in MB/s (10^6 bytes), 0 when nothing was hashed. */
    public double megabytesPerSecond() {
        double s = took.toNanos() / 1e9;
        return bytesHashed == 0 || s <= 0 ? 0 : bytesHashed / 1e6 / s;
    }
}
