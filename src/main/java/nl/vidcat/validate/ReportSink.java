package nl.vidcat.validate;

import java.io.IOException;
import java.util.List;

/**
 * Receives the results of a run as they are produced, in input order and from one thread, so a report of any size
 * streams out without being held. The formats in {@code nl.vidcat.validate.format} implement it.
 */
public interface ReportSink {

    /** @param rules every rule, for formats that list them up front (SARIF) */
    void begin(List<Rule> rules) throws IOException;

    /** One record file or sheet row; clean items are passed too (JUnit counts them). */
    void item(ItemReport report) throws IOException;

    void end(Summary summary) throws IOException;
}
