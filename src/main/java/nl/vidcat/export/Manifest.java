package nl.vidcat.export;

import java.util.List;

/**
 * {@code imsmanifest.xml} of an IMS Content Package 1.1.4 (the CP 1.1 binding), NL-LOM embedded with the
 * {@code imsmd:} prefix at package and resource level, one organization listing the videos.
 */
final class Manifest {

    static final String NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String LOCATION = NS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd "
            + NlLom.NS + " " + NlLom.SCHEMA_LOCATION;

    /** One web page with its files; {@code id} is a record id. */
    record Resource(String id, String title, String href, LomRecord lom, List<String> files) {
    }

    private Manifest() {
    }

    static byte[] write(String identifier, String title, LomRecord packageLom, List<Resource> resources,
                        List<String> extraFiles) {
        return XmlOut.bytes(x -> {
            x.prefix("", NS);
            x.prefix("imsmd", NlLom.NS);
            x.prefix("xsi", NlLom.XSI);
            x.start(NS, "manifest").namespace("", NS).namespace("imsmd", NlLom.NS).namespace("xsi", NlLom.XSI)
                    .attr("identifier", identifier).attr("version", "1.1.4")
                    .attr("xsi", NlLom.XSI, "schemaLocation", LOCATION);
            metadata(x, packageLom);
            x.start(NS, "organizations").attr("default", "ORG-1");
            x.start(NS, "organization").attr("identifier", "ORG-1").attr("structure", "hierarchical");
            x.leaf(NS, "title", title);
            for (Resource r : resources) {
                x.start(NS, "item").attr("identifier", "ITEM-" + r.id()).attr("identifierref", "RES-" + r.id())
                        .attr("isvisible", "true");
                x.leaf(NS, "title", r.title());
                x.end();
            }
            x.end().end();
            x.start(NS, "resources");
            for (Resource r : resources) {
                x.start(NS, "resource").attr("identifier", "RES-" + r.id()).attr("type", "webcontent")
                        .attr("href", r.href());
                metadata(x, r.lom());
                r.files().forEach(f -> x.start(NS, "file").attr("href", f).end());
                x.end();
            }
            if (!extraFiles.isEmpty()) {
                x.start(NS, "resource").attr("identifier", "RES-overview").attr("type", "webcontent")
                        .attr("href", extraFiles.get(0));
                extraFiles.forEach(f -> x.start(NS, "file").attr("href", f).end());
                x.end();
            }
            x.end();
            x.end();
        });
    }

    private static void metadata(XmlOut x, LomRecord lom) {
        x.start(NS, "metadata");
        x.leaf(NS, "schema", "IMS Content");
        x.leaf(NS, "schemaversion", "1.1.4");
        LomXml.element(x, lom);
        x.end();
    }
}
