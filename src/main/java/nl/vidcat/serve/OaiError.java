package nl.vidcat.serve;

import java.util.Map;

/**
 * An OAI-PMH error condition (spec 3.6): answered with HTTP 200 and an {@code <error>} element, never a stack trace.
 * {@code verb} and {@code args} are what the request element echoes (nothing for badVerb and badArgument).
 */
final class OaiError extends RuntimeException {

    final String code;
    final String verb;
    final Map<String, String> args;

    OaiError(String code, String text, String verb, Map<String, String> args) {
        super(text, null, false, false);
        this.code = code;
        this.verb = verb;
        this.args = Map.copyOf(args);
    }

    /** badVerb or badArgument, whose request element names nothing of the request. */
    static OaiError bad(String code, String text) {
        return new OaiError(code, text, null, Map.of());
    }

    static OaiError of(OaiRequest r, String code, String text) {
        return new OaiError(code, text, r.verb(), r.args());
    }
}
