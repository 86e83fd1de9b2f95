package nl.vidcat.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import nl.vidcat.export.OaiPmhXml;
import nl.vidcat.export.XmlOut;

/**
 * The six OAI-PMH verbs over one {@link Snapshot}. Headers come from the snapshot, each record's metadata from the
 * export's own files, so what is served is byte for byte what {@code vidcat export} wrote, with the sets added to
 * the headers. Protocol errors are thrown as {@link OaiError}.
 */
final class OaiVerbs {

    private final Snapshot snapshot;
    private final OaiPmhXml.Repository repo;
    private final OaiPmhXml xml;
    private final int pageSize;
    private final String responseDate;

    OaiVerbs(Snapshot snapshot, String baseUrl, int pageSize, String responseDate) {
        this.snapshot = snapshot;
        this.repo = new OaiPmhXml.Repository(snapshot.name(), baseUrl, snapshot.adminEmail(), snapshot.host());
        this.xml = new OaiPmhXml(baseUrl, responseDate);
        this.pageSize = Math.max(1, pageSize);
        this.responseDate = responseDate;
    }

    byte[] answer(OaiRequest r) throws IOException {
        try {
            return switch (r.verb()) {
                // an empty repository's earliest datestamp is now, as in the static export
                case "Identify" -> xml.response("Identify", r.args(), x -> OaiPmhXml.identify(x, repo,
                        snapshot.size() == 0 ? responseDate : snapshot.earliest(), snapshot.size() == 0 ? null
                                : snapshot.ids()[0]));
                case "ListMetadataFormats" -> formats(r);
                case "ListSets" -> sets(r);
                case "GetRecord" -> getRecord(r);
                default -> list(r);
            };
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** An error document for {@code e}. */
    byte[] error(OaiError e) {
        return xml.error(e.verb, e.args, e.code, e.getMessage());
    }

    private byte[] formats(OaiRequest r) {
        String identifier = r.arg("identifier");
        if (identifier != null) {
            int i = record(r, identifier);
            if (snapshot.deleted().get(i)) {
                throw OaiError.of(r, "noMetadataFormats", OaiPmhXml.errorText("noMetadataFormats"));
            }
        }
        return xml.response("ListMetadataFormats", r.args(), OaiPmhXml::formats);
    }

    private byte[] sets(OaiRequest r) {
        if (r.arg(OaiRequest.TOKEN) != null) {
            // every set list fits one response, so no token was ever issued for one
            throw OaiError.of(r, "badResumptionToken", "ListSets has no resumption tokens; ask without one.");
        }
        if (snapshot.setNames().isEmpty()) {
            throw OaiError.of(r, "noSetHierarchy", noSets());
        }
        return xml.response("ListSets", r.args(), x -> snapshot.setNames().forEach((spec, name) -> {
            x.start(OaiPmhXml.NS, "set");
            x.leaf(OaiPmhXml.NS, "setSpec", spec);
            x.leaf(OaiPmhXml.NS, "setName", name);
            x.end();
        }));
    }

    private String noSets() {
        return "This repository does not support sets (its export was made before vidcat kept them; export again).";
    }

    private byte[] getRecord(OaiRequest r) {
        String prefix = prefix(r, r.arg("metadataPrefix"));
        int i = record(r, r.arg("identifier"));
        return xml.response("GetRecord", r.args(), x -> record(x, i, prefix));
    }

    /** The position of the record an identifier names; idDoesNotExist for another repository's or an unknown one. */
    private int record(OaiRequest r, String identifier) {
        String ours = repo.identifier("");
        int i = identifier.startsWith(ours) ? snapshot.indexOf(identifier.substring(ours.length())) : -1;
        if (i < 0) {
            throw OaiError.of(r, "idDoesNotExist", "No record with the identifier " + identifier + " in this"
                    + " repository (its identifiers are " + ours + "ID).");
        }
        return i;
    }

    private String prefix(OaiRequest r, String prefix) {
        if (!OaiPmhXml.PREFIXES.contains(prefix)) {
            throw OaiError.of(r, "cannotDisseminateFormat", OaiPmhXml.errorText("cannotDisseminateFormat"));
        }
        return prefix;
    }

    private byte[] list(OaiRequest r) {
        String token = r.arg(OaiRequest.TOKEN);
        ListQuery q;
        if (token != null) {
            q = ListQuery.parse(token, r.verb());
            if (q == null || !q.snapshot().equals(snapshot.id())) {
                throw OaiError.of(r, "badResumptionToken", OaiPmhXml.errorText("badResumptionToken"));
            }
        } else {
            q = ListQuery.first(r, snapshot.id());
            prefix(r, q.prefix());
            if (!q.set().isEmpty() && snapshot.setNames().isEmpty()) {
                throw OaiError.of(r, "noSetHierarchy", noSets());
            }
        }
        int[] matching = IntStream.range(0, snapshot.size())
                .filter(i -> q.matches(snapshot.stamps()[i], snapshot.sets(i))).toArray();
        if (matching.length == 0 && token == null) {
            throw OaiError.of(r, "noRecordsMatch", "No records match the request's from, until and set.");
        }
        if (q.cursor() >= matching.length) {
            throw OaiError.of(r, "badResumptionToken", OaiPmhXml.errorText("badResumptionToken"));
        }
        int[] page = Arrays.copyOfRange(matching, q.cursor(), Math.min(matching.length, q.cursor() + pageSize));
        boolean records = r.verb().equals("ListRecords");
        return xml.response(r.verb(), r.args(), x -> {
            for (int i : page) {
                if (records) {
                    record(x, i, q.prefix());
                } else {
                    header(x, i);
                }
            }
            if (token != null || matching.length > page.length) {
                x.start(OaiPmhXml.NS, "resumptionToken").attr("completeListSize", String.valueOf(matching.length))
                        .attr("cursor", String.valueOf(q.cursor()));
                if (q.cursor() + page.length < matching.length) {
                    x.text(q.at(q.cursor() + page.length).token());
                }
                x.end();
            }
        });
    }

    private void header(XmlOut x, int i) {
        OaiPmhXml.header(x, repo.identifier(snapshot.ids()[i]), snapshot.datestamp(i), snapshot.deleted().get(i),
                snapshot.sets(i));
    }

    private void record(XmlOut x, int i, String prefix) {
        x.start(OaiPmhXml.NS, "record");
        header(x, i);
        if (!snapshot.deleted().get(i)) {
            Snapshot.Metadata metadata;
            try {
                metadata = snapshot.metadata(i, prefix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            x.start(OaiPmhXml.NS, "metadata").raw(metadata.doc(), metadata.from(), metadata.to()).end();
        }
        x.end();
    }
}
