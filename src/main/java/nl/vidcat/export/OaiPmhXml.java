package nl.vidcat.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The parts of an OAI-PMH 2.0 response that the static export ({@link OaiPmhWriter}) and the live endpoint of
 * {@code vidcat serve} share: the envelope (responseDate, the request echo), errors, headers, Identify and the list
 * of metadata formats. One writer for both, so a harvester sees the same documents from either.
 */
public final class OaiPmhXml {

    public static final String NS = "http://www.openarchives.org/OAI/2.0/";
    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String OAI_ID = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    /** The metadata formats every record is disseminated in. */
    public static final List<String> PREFIXES = List.of("lom", "oai_dc");
    /** What Identify says about datestamps: the repository keeps them to the second. */
    public static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

    /**
     * What Identify names: the repository, its address, its administrator and the host part of its identifiers
     * ({@code oai:HOST:ID}, the oai-identifier scheme).
     */
    public record Repository(String name, String baseUrl, String adminEmail, String host) {
        public String identifier(String id) {
            return "oai:" + host + ":" + id;
        }
    }

    private final String baseUrl;
    private final String responseDate;

    /** Responses of the repository at {@code baseUrl}, dated {@code responseDate} (UTC, to the second). */
    public OaiPmhXml(String baseUrl, String responseDate) {
        this.baseUrl = baseUrl;
        this.responseDate = responseDate;
    }

    /** An OAI-PMH response document: responseDate, the request echo, and the verb element with {@code body}. */
    public byte[] response(String verb, Map<String, String> args, Consumer<XmlOut> body) {
        return XmlOut.bytes(x -> {
            open(x, verb, args);
            x.start(NS, verb);
            body.accept(x);
            x.end();
            x.end();
        });
    }

    /** An error response; for badVerb and badArgument the request element carries no attributes (OAI-PMH 2.0, 3.2). */
    public byte[] error(String verb, Map<String, String> args, String code, String text) {
        return XmlOut.bytes(x -> {
            open(x, code.equals("badVerb") || code.equals("badArgument") ? null : verb, args);
            x.start(NS, "error").attr("code", code).text(text).end();
            x.end();
        });
    }

    private void open(XmlOut x, String verb, Map<String, String> args) {
        x.prefix("", NS);
        x.prefix("xsi", NlLom.XSI);
        x.start(NS, "OAI-PMH").namespace("", NS).namespace("xsi", NlLom.XSI)
                .attr("xsi", NlLom.XSI, "schemaLocation", NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        x.leaf(NS, "responseDate", responseDate);
        x.start(NS, "request");
        if (verb != null) {
            x.attr("verb", verb);
            new TreeMap<>(args).forEach(x::attr);
        }
        x.text(baseUrl).end();
    }

    /** The body of Identify; {@code sampleId} is a record id for the oai-identifier description. */
    public static void identify(XmlOut x, Repository repo, String earliest, String sampleId) {
        x.leaf(NS, "repositoryName", repo.name());
        x.leaf(NS, "baseURL", repo.baseUrl());
        x.leaf(NS, "protocolVersion", "2.0");
        x.leaf(NS, "adminEmail", repo.adminEmail());
        x.leaf(NS, "earliestDatestamp", earliest);
        x.leaf(NS, "deletedRecord", "persistent");
        x.leaf(NS, "granularity", GRANULARITY);
        x.start(NS, "description");
        x.prefix("", OAI_ID);
        x.start(OAI_ID, "oai-identifier").namespace("", OAI_ID)
                .attr("xsi", NlLom.XSI, "schemaLocation", OAI_ID + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        x.leaf(OAI_ID, "scheme", "oai");
        x.leaf(OAI_ID, "repositoryIdentifier", repo.host());
        x.leaf(OAI_ID, "delimiter", ":");
        x.leaf(OAI_ID, "sampleIdentifier", repo.identifier(sampleId == null ? "breuken-vereenvoudigen-3f9a2c1d"
                : sampleId));
        x.end();
        x.end();
    }

    /** The body of ListMetadataFormats: NL-LOM and Dublin Core. */
    public static void formats(XmlOut x) {
        format(x, "lom", "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd", NlLom.NS);
        format(x, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC);
    }

    private static void format(XmlOut x, String prefix, String schema, String ns) {
        x.start(NS, "metadataFormat");
        x.leaf(NS, "metadataPrefix", prefix);
        x.leaf(NS, "schema", schema);
        x.leaf(NS, "metadataNamespace", ns);
        x.end();
    }

    /** A record header; {@code setSpecs} may be empty (the static export has no sets). */
    public static void header(XmlOut x, String identifier, String datestamp, boolean deleted, List<String> setSpecs) {
        x.start(NS, "header");
        if (deleted) {
            x.attr("status", "deleted");
        }
        x.leaf(NS, "identifier", identifier);
        x.leaf(NS, "datestamp", datestamp);
        setSpecs.forEach(s -> x.leaf(NS, "setSpec", s));
        x.end();
    }

    /** The standard explanation of an error code. */
    public static String errorText(String code) {
        return switch (code) {
            case "badArgument" -> "The request has an illegal, missing or repeated argument.";
            case "badResumptionToken" -> "The resumptionToken is invalid or expired (the repository was re-exported);"
                    + " start the list again.";
            case "badVerb" -> "Missing or illegal OAI-PMH verb.";
            case "cannotDisseminateFormat" -> "This metadata format is not supported; use lom or oai_dc.";
            case "idDoesNotExist" -> "No record with this identifier.";
            case "noRecordsMatch" -> "The repository holds no records.";
            case "noMetadataFormats" -> "This item has no metadata formats (it was deleted).";
            default -> "This repository does not support sets.";
        };
    }
}
