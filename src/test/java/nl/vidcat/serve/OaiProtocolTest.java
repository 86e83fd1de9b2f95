package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.export.Xml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OAI-PMH 2.0 protocol over a running server: each verb with its legal and illegal arguments, every error code,
 * GET and POST. Every response is validated against all.xsd by {@link OaiClient}.
 */
class OaiProtocolTest {

    static final String ID = "oai:" + PublishedCatalog.HOST + ":";

    @TempDir
    static Path tmp;
    static PublishedCatalog catalog;
    static Server server;
    static OaiClient oai;

    @BeforeAll
    static void start() throws Exception {
        catalog = new PublishedCatalog(tmp).records(10).export();
        server = catalog.serve(3);
        oai = new OaiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String id(int i) {
        return ID + catalog.ids.get(i);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void badVerbForAMissingRepeatedOrUnknownVerbWithABareRequestElement() throws Exception {
        for (String q : List.of("", "metadataPrefix=lom", "verb=Identify&verb=Identify", "verb=Foo",
                "verb=identify", "verb=")) {
            Xml x = oai.get(q);
            assertEquals("badVerb", x.text("/oai:OAI-PMH/oai:error/@code"), q);
            assertEquals(0, x.count("/oai:OAI-PMH/oai:request/@*"), q);
        }
    }

    @Test
    void badArgumentForIllegalMissingRepeatedOrExtraArguments() throws Exception {
        String lom = "&metadataPrefix=lom";
        for (String q : List.of("verb=Identify&identifier=x", "verb=ListRecords", "verb=ListIdentifiers&from=2026-09-01",
                "verb=GetRecord&metadataPrefix=lom", "verb=GetRecord&identifier=" + enc(id(0)),
                "verb=ListRecords" + lom + "&foo=1", "verb=ListRecords" + lom + lom,
                "verb=ListRecords" + lom + "&resumptionToken=abc", "verb=ListSets&set=vak",
                "verb=ListMetadataFormats&metadataPrefix=lom", "verb=ListRecords" + lom + "&from=garbage",
                "verb=ListRecords" + lom + "&from=2026-02-30", "verb=ListRecords" + lom + "&until=2026-9-1",
                "verb=ListRecords" + lom + "&from=2026-09-01&until=2026-09-05T00:00:00Z",
                "verb=ListRecords" + lom + "&from=2026-09-05&until=2026-09-01",
                "verb=ListRecords" + lom + "&from=2026-09-01T00:00:00", "verb=ListRecords" + lom + "&from=",
                "verb=ListRecords" + lom + "&set=" + enc("vak wiskunde"),
                "verb=ListIdentifiers" + lom + "&from=2026-09-01&from=2026-09-02")) {
            Xml x = oai.get(q);
            assertEquals("badArgument", x.text("/oai:OAI-PMH/oai:error/@code"), q);
            assertEquals(0, x.count("/oai:OAI-PMH/oai:request/@*"), q);
        }
    }

    @Test
    void cannotDisseminateFormatForAnUnknownPrefix() throws Exception {
        assertEquals("cannotDisseminateFormat", oai.error("verb=ListRecords&metadataPrefix=marc21"));
        assertEquals("cannotDisseminateFormat", oai.error("verb=ListIdentifiers&metadataPrefix=LOM"));
        Xml x = oai.get("verb=GetRecord&metadataPrefix=marc21&identifier=" + enc(id(0)));
        assertEquals("cannotDisseminateFormat", x.text("//oai:error/@code"));
        // other errors echo the request's arguments
        assertEquals("GetRecord", x.text("//oai:request/@verb"));
        assertEquals("marc21", x.text("//oai:request/@metadataPrefix"));
        assertEquals(id(0), x.text("//oai:request/@identifier"));
    }

    @Test
    void idDoesNotExistForUnknownAndForeignIdentifiers() throws Exception {
        String own = catalog.ids.get(0);
        for (String identifier : List.of("oai:other.org:" + own, own, ID + "nope", "oai:" + PublishedCatalog.HOST,
                ID + own + ".xml", "oai:other.org:" + ID + own)) {
            assertEquals("idDoesNotExist", oai.error("verb=GetRecord&metadataPrefix=lom&identifier=" + enc(identifier)),
                    identifier);
            assertEquals("idDoesNotExist", oai.error("verb=ListMetadataFormats&identifier=" + enc(identifier)),
                    identifier);
        }
    }

    @Test
    void listMetadataFormatsWithAndWithoutAnIdentifier() throws Exception {
        for (String q : List.of("verb=ListMetadataFormats", "verb=ListMetadataFormats&identifier=" + enc(id(1)))) {
            Xml x = oai.get(q);
            assertEquals(List.of("lom", "oai_dc"), x.texts("//oai:metadataFormat/oai:metadataPrefix"), q);
        }
        Xml x = oai.get("verb=ListMetadataFormats&identifier=" + enc(id(1)));
        assertEquals(id(1), x.text("//oai:request/@identifier"));
    }

    @Test
    void getRecordInBothFormatsWithItsSets() throws Exception {
        Xml lom = oai.get("verb=GetRecord&metadataPrefix=lom&identifier=" + enc(id(0)));
        assertEquals(id(0), lom.text("//oai:GetRecord/oai:record/oai:header/oai:identifier"));
        assertEquals("2026-09-01T08:00:00Z", lom.text("//oai:header/oai:datestamp"));
        assertEquals(List.of("vak", "vak:wiskunde", "niveau", "niveau:havo", "niveau:vwo"),
                lom.texts("//oai:header/oai:setSpec"));
        assertEquals("Video 0", lom.text("//oai:metadata/lom:lom/lom:general/lom:title/lom:langstring"));
        Xml dc = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(id(1)));
        assertEquals("Video 1", dc.text("//oai:metadata/oai_dc:dc/dc:title"));
        assertEquals(List.of("vak", "vak:biologie", "niveau", "niveau:vwo"), dc.texts("//oai:header/oai:setSpec"));
    }

    @Test
    void fullHarvestsFollowTheResumptionTokens() throws Exception {
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            for (String prefix : List.of("lom", "oai_dc")) {
                assertEquals(catalog.ids.stream().map(i -> ID + i).toList(), harvest(oai, verb, "&metadataPrefix=" + prefix,
                        false), verb + " " + prefix);
            }
        }
        Xml first = oai.get("verb=ListRecords&metadataPrefix=lom");
        assertEquals("10", first.text("//oai:resumptionToken/@completeListSize"));
        assertEquals("0", first.text("//oai:resumptionToken/@cursor"));
        assertEquals(3, first.count("//oai:record/oai:metadata/lom:lom"));
    }

    /** The identifiers of a whole list, page by page; GET or POST. Checks cursor and list size on every page. */
    static List<String> harvest(OaiClient oai, String verb, String args, boolean post) throws Exception {
        List<String> ids = new ArrayList<>();
        String q = "verb=" + verb + args;
        int pages = 0;
        while (true) {
            Xml page = post ? oai.post(q) : oai.get(q);
            assertEquals("", page.text("//oai:error/@code"), q);
            String cursor = page.text("//oai:resumptionToken/@cursor");
            assertEquals(cursor.isEmpty() ? "" : String.valueOf(ids.size()), cursor, q);
            ids.addAll(page.texts("//oai:header/oai:identifier"));
            String token = page.text("//oai:resumptionToken");
            if (++pages > 20 || token.isEmpty()) {
                return ids;
            }
            assertEquals(page.text("//oai:resumptionToken/@completeListSize").isEmpty(), false);
            q = "verb=" + verb + "&resumptionToken=" + enc(token);
        }
    }

    @Test
    void fromAndUntilAtDayAndSecondGranularity() throws Exception {
        // record i has the datestamp 2026-09-(i+1)T08:00:00Z
        assertEquals(ids(3, 10), harvest(oai, "ListIdentifiers", "&metadataPrefix=lom&from=2026-09-04", false));
        assertEquals(ids(0, 4), harvest(oai, "ListIdentifiers", "&metadataPrefix=lom&until=2026-09-04", false));
        assertEquals(ids(3, 4), harvest(oai, "ListIdentifiers", "&metadataPrefix=lom&from=2026-09-04&until=2026-09-04",
                false));
        assertEquals(ids(3, 5), harvest(oai, "ListRecords", "&metadataPrefix=oai_dc&from=2026-09-04T08:00:00Z"
                + "&until=2026-09-05T08:00:00Z", false));
        assertEquals(ids(4, 10), harvest(oai, "ListIdentifiers", "&metadataPrefix=lom&from=2026-09-04T08:00:01Z", false));
        assertEquals("noRecordsMatch", oai.error("verb=ListRecords&metadataPrefix=lom&from=2030-01-01"));
        assertEquals("noRecordsMatch", oai.error("verb=ListIdentifiers&metadataPrefix=lom&until=2000-01-01T00:00:00Z"));
        Xml none = oai.get("verb=ListRecords&metadataPrefix=lom&from=2030-01-01");
        assertEquals("2030-01-01", none.text("//oai:request/@from"));
    }

    static List<String> ids(int from, int to) {
        return catalog.ids.subList(from, to).stream().map(i -> ID + i).toList();
    }

    @Test
    void setsBySubjectAndLevel() throws Exception {
        Xml sets = oai.get("verb=ListSets");
        assertEquals(List.of("niveau", "niveau:havo", "niveau:vmbo-gt", "niveau:vwo", "vak", "vak:biologie",
                "vak:nederlands", "vak:wiskunde"), sets.texts("//oai:set/oai:setSpec"));
        assertEquals("Wiskunde", sets.text("//oai:set[oai:setSpec='vak:wiskunde']/oai:setName"));
        assertEquals("Vak", sets.text("//oai:set[oai:setSpec='vak']/oai:setName"));
        assertEquals(List.of(id(0), id(3), id(6), id(9)), harvest(oai, "ListIdentifiers",
                "&metadataPrefix=lom&set=vak:wiskunde", false));
        assertEquals(ids(0, 10), harvest(oai, "ListRecords", "&metadataPrefix=lom&set=vak", false));
        // havo: records 0, 3, 6, 9; vwo: the even ones and 1, 4, 7
        assertEquals(List.of(id(0), id(1), id(2), id(4), id(6), id(7), id(8)), harvest(oai, "ListIdentifiers",
                "&metadataPrefix=oai_dc&set=niveau:vwo", false));
        assertEquals(List.of(id(4)), harvest(oai, "ListIdentifiers",
                "&metadataPrefix=lom&set=vak:biologie&from=2026-09-03&until=2026-09-06", false));
        assertEquals("noRecordsMatch", oai.error("verb=ListRecords&metadataPrefix=lom&set=vak:scheikunde"));
        assertEquals("noRecordsMatch", oai.error("verb=ListRecords&metadataPrefix=lom&set=vakken"));
        assertEquals("badResumptionToken", oai.error("verb=ListSets&resumptionToken=abc"));
    }

    @Test
    void badResumptionTokens() throws Exception {
        String token = oai.get("verb=ListRecords&metadataPrefix=lom").text("//oai:resumptionToken");
        assertTrue(oai.get("verb=ListRecords&resumptionToken=" + enc(token)).text("//oai:error/@code").isEmpty());
        for (String bad : List.of("abc", "%21%21", token.substring(0, token.length() - 3), token + "AA",
                "djF8TGlzdFJlY29yZHN8bG9tfHwtOTIyMzM3MjAzNjg1NDc3NTgwOHw5MjIzMzcyMDM2ODU0Nzc1ODA3fDk5fHh4")) {
            Xml x = oai.get("verb=ListRecords&resumptionToken=" + bad);
            assertEquals("badResumptionToken", x.text("//oai:error/@code"), bad);
            assertEquals("ListRecords", x.text("//oai:request/@verb"), bad);
        }
        // a ListRecords token is not one for ListIdentifiers
        assertEquals("badResumptionToken", oai.error("verb=ListIdentifiers&resumptionToken=" + enc(token)));
    }

    @Test
    void postWorksLikeGet() throws Exception {
        assertEquals(ids(0, 10), harvest(oai, "ListRecords", "&metadataPrefix=oai_dc", true));
        assertEquals("Identify", oai.post("verb=Identify").text("//oai:request/@verb"));
        assertEquals("badArgument", oai.post("verb=ListRecords&metadataPrefix=lom&metadataPrefix=lom")
                .text("//oai:error/@code"));
        assertEquals(id(2), oai.post("verb=GetRecord&metadataPrefix=lom&identifier=" + enc(id(2)))
                .text("//oai:header/oai:identifier"));
    }
}
