package nl.vidcat.export;

import java.util.Set;

/**
 * Namespaces and vocabulary sources of NL-LOM as Edurep expects them (see Kennisnet's NL-LOM profile). Kept in one
 * place so the record writer, the package manifests and the tests agree.
 */
final class NlLom {

    static final String NS = "http://www.imsglobal.org/xsd/imsmd_v1p2";
    static final String SCHEMA_LOCATION = "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    static final String AGGREGATION_LEVEL = "http://purl.edustandaard.nl/vdex_aggregationlevel_czp_20060628.xml";
    static final String LEARNING_RESOURCE_TYPE = "http://purl.edustandaard.nl/vdex_learningresourcetype_czp_20060628.xml";
    static final String END_USER_ROLE = "http://purl.edustandaard.nl/vdex_intendedenduserrole_lomv1p0_20060628.xml";
    static final String CONTEXT = "http://purl.edustandaard.nl/vdex_context_czp_20060628.xml";
    static final String COST = "http://purl.edustandaard.nl/vdex_cost_lomv1p0_20060628.xml";
    static final String CONTRIBUTE_ROLE = "http://purl.edustandaard.nl/vdex_lifecycle_contribute_role_lomv1p0_20060628.xml";
    static final String COPYRIGHT = "https://purl.edustandaard.nl/copyrightsandotherrestrictions_nllom_20180530";
    /**
     * LOM's own yes/no vocabulary, which NL-LOM 6.2 allows beside the licence codes (Kennisnet's
     * nllom-leermiddelenplein-aanbevolen.xml uses it): for a collection whose videos have different licences.
     */
    static final String LOM_COPYRIGHT =
            "http://purl.edustandaard.nl/vdex_copyrightsandotherrestrictions_lomv1p0_20060628.xml";
    static final String PURPOSE = "http://purl.edustandaard.nl/classification_purpose_nllom_20180530";
    static final String ACCESS_RIGHTS = "http://purl.edustandaard.nl/classification_accessrights_nllom_20180530";
    static final String RELATION_KIND = "http://purl.edustandaard.nl/relation_kind_nllom_20131211";
    static final String OBK = "http://purl.edustandaard.nl/begrippenkader";

    static final String DISCIPLINE = "discipline";
    static final String EDUCATIONAL_LEVEL = "educational level";
    static final String EDUCATIONAL_OBJECTIVE = "educational objective";
    static final String ACCESS = "access rights";
    static final String OPEN_ACCESS = "OpenAccess";
    /**
     * The Dutch label of the OpenAccess taxon, in a langstring "nl": what Edurep's own stylesheets write
     * (kennisnet/edurep-xslt: validate.xsl ensureAccessrights, default 'OpenAccess::open toegang', and lomwriter.xsl
     * IMStaxon, which writes taxon entries with xml:lang "nl").
     */
    static final String OPEN_ACCESS_LABEL = "open toegang";

    static final String NONE = "x-none";

    static final String RESTRICTED = "yes";
    static final String UNRESTRICTED = "no";
    /** Licence codes that leave no copyright restriction: CC0 and the Public Domain Mark. */
    static final Set<String> PUBLIC_DOMAIN = Set.of("cc0-10", "pdm-10");

    /** The vocabulary a copyrightandotherrestrictions value comes from: LOM's for yes/no, else NL-LOM's codes. */
    static String copyrightSource(String value) {
        return RESTRICTED.equals(value) || UNRESTRICTED.equals(value) ? LOM_COPYRIGHT : COPYRIGHT;
    }

    /**
     * Aggregation level of a video and of a collection of videos: 2. Edurep's field guide (developers.wiki.kennisnet.nl,
     * Edurep:Metadata/Aggregatieniveau) gives 1 to images and sound fragments, 2 to "articles or videos that cover
     * certain content but are not made with a specific lesson goal in mind", 3 to a lesson that trains one lesson
     * objective; Edurep's stylesheets for video collections (kennisnet/edurep-xslt: Teleblik.xsl, ETV_Video.xsl) set 2.
     * Kerndoelen are broad attainment targets, not a lesson goal, so they do not raise the level.
     */
    static final int VIDEO_AGGREGATION_LEVEL = 2;

    private NlLom() {
    }
}
