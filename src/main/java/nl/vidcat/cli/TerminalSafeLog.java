package nl.vidcat.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.AbstractFilterable;
import nl.vidcat.io.ControlCharacters;

/**
 * Log messages on the console quote record and sheet text too (a sheet line's error, a record's file name), so
 * they get the same escaping as everything else vidcat prints ({@link TerminalSafeWriter}). Log4j's console
 * appender writes to stderr itself; this swaps it for one with the same layout and filter that writes each event
 * through {@link ControlCharacters#escape}. The log file keeps the text as it was.
 */
final class TerminalSafeLog {

    private TerminalSafeLog() {
    }

    /** Replaces the appender named {@code name} on the root logger of the running {@code config}. */
    static void install(Configuration config, String name) {
        Appender plain = config.getAppender(name);
        if (plain == null) {
            return;
        }
        Appender safe = OutputStreamAppender.newBuilder().setName(name + "-escaped").setLayout(plain.getLayout())
                .setFilter(plain instanceof AbstractFilterable f ? f.getFilter() : null)
                .setTarget(new EscapingStream()).build();
        safe.start();
        config.addAppender(safe);
        LoggerConfig root = config.getRootLogger();
        root.removeAppender(name);
        root.addAppender(safe, null, null);
        plain.stop();
    }

    /** Collects one event's bytes and writes them escaped to the current stderr when Log4j flushes the event. */
    private static final class EscapingStream extends OutputStream {

        private final ByteArrayOutputStream event = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            event.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            event.write(b, off, len);
        }

        @Override
        public synchronized void flush() {
            if (event.size() > 0) {
                // bytes, as Log4j wrote them: the layout's UTF-8, whatever stderr's own encoding
                byte[] escaped = ControlCharacters.escape(event.toString(StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                System.err.write(escaped, 0, escaped.length);
                event.reset();
            }
            System.err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
