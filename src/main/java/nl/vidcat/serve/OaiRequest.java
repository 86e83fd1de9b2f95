package nl.vidcat.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OAI-PMH request whose verb and argument names are legal (spec 3.1, 4): each argument at most once, the required
 * ones present, nothing else, and {@code resumptionToken} alone. The values are checked by {@link OaiVerbs}.
 */
record OaiRequest(String verb, Map<String, String> args) {

    private record Shape(Set<String> required, Set<String> optional, boolean resumable) {
    }

    private static final Set<String> LIST = Set.of("from", "until", "set");
    private static final Map<String, Shape> VERBS = Map.of(
            "Identify", new Shape(Set.of(), Set.of(), false),
            "ListMetadataFormats", new Shape(Set.of(), Set.of("identifier"), false),
            "ListSets", new Shape(Set.of(), Set.of(), true),
            "GetRecord", new Shape(Set.of("identifier", "metadataPrefix"), Set.of(), false),
            "ListIdentifiers", new Shape(Set.of("metadataPrefix"), LIST, true),
            "ListRecords", new Shape(Set.of("metadataPrefix"), LIST, true));

    static final String TOKEN = "resumptionToken";

    /** Checks the request's arguments; a protocol error is thrown as {@link OaiError}. */
    static OaiRequest of(Map<String, List<String>> raw) {
        List<String> verbs = raw.get("verb");
        if (verbs == null || verbs.isEmpty()) {
            throw OaiError.bad("badVerb", "The verb argument is missing.");
        }
        if (verbs.size() > 1) {
            throw OaiError.bad("badVerb", "The verb argument is repeated.");
        }
        String verb = verbs.get(0);
        Shape shape = VERBS.get(verb);
        if (shape == null) {
            throw OaiError.bad("badVerb", "Illegal OAI-PMH verb; use Identify, ListMetadataFormats, ListSets,"
                    + " GetRecord, ListIdentifiers or ListRecords.");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> a : raw.entrySet()) {
            String name = a.getKey();
            if (name.equals("verb")) {
                continue;
            }
            boolean legal = shape.required().contains(name) || shape.optional().contains(name)
                    || (shape.resumable() && name.equals(TOKEN));
            if (!legal) {
                throw OaiError.bad("badArgument", "Illegal argument for " + verb + ": " + name + ".");
            }
            if (a.getValue().size() > 1) {
                throw OaiError.bad("badArgument", "The argument " + name + " is repeated.");
            }
            if (a.getValue().get(0).isEmpty()) {
                throw OaiError.bad("badArgument", "The argument " + name + " is empty.");
            }
            args.put(name, a.getValue().get(0));
        }
        if (args.containsKey(TOKEN)) {
            if (args.size() > 1) {
                throw OaiError.bad("badArgument", "resumptionToken is an exclusive argument; give it alone.");
            }
        } else {
            for (String required : shape.required()) {
                if (!args.containsKey(required)) {
                    throw OaiError.bad("badArgument", verb + " requires the argument " + required + ".");
                }
            }
        }
        return new OaiRequest(verb, args);
    }

    String arg(String name) {
        return args.get(name);
    }
}
