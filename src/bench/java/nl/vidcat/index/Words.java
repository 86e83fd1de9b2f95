package nl.vidcat.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Dutch school vocabulary for the synthetic benchmark catalogue. */
final class Words {

    private Words() {
    }

    static final List<IndexBench.Topic> TOPICS = topics();

    static final String[] LEVELS = {"havo", "vwo", "vmbo-gt", "vmbo-k", "vmbo-b"};

    static final String[] SCHOOLS = {"Het Baken College", "Stedelijk Gymnasium Leiden", "Montessori Lyceum Amsterdam",
            "CSG Het Noordik", "Dalton Vatel", "Bonhoeffer College", "Het Rhedens", "Sint-Janscollege",
            "Lorentz Lyceum", "Christelijk Lyceum Zeist", "Da Vinci College", "Wolfert van Borselen"};

    static final String[] ACTIONS = {"uitleg", "stap voor stap", "oefenen", "in vijf minuten", "voor beginners",
            "herhalen voor de toets", "met voorbeelden", "vereenvoudigen", "berekenen", "onderzoeken", "toepassen",
            "samenvatten", "begrijpen", "tekenen", "uitrekenen", "vergelijken", "proef", "practicum", "opdrachten maken",
            "veelgemaakte fouten"};

    static final String[] SPOKEN = {"kijk nou eens goed naar de", "dan zie je dat de", "we beginnen met de",
            "let op want hier gaat het vaak mis bij de", "eigenlijk is het heel simpel met de",
            "in het boek staat ook iets over de", "de docent zei gisteren al dat de", "probeer het zelf eens met de",
            "dit komt zeker terug op de toets over de", "zoals je hier ziet verandert de", "nu gaan we verder met de",
            "onthoud vooral dat de", "in de vorige video hadden we het over de", "als je twijfelt schrijf dan de",
            "daarna controleren we of de", "je kunt het ook zo bekijken dat de", "het antwoord vind je door de",
            "vergeet niet om de", "meestal gebruiken we hiervoor de", "tot slot herhalen we nog even de"};

    static final String[] FILLER = {"dus", "eigenlijk", "gewoon", "namelijk", "ongeveer", "precies", "meteen",
            "natuurlijk", "bijvoorbeeld", "uiteindelijk", "zeker", "best wel", "even", "steeds", "vaak", "soms",
            "helemaal", "vooral", "tegelijk", "eerst"};

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /** A kerndoel that fits the subject, for realistic facet counts. */
    static String goalFor(String subject) {
        return switch (subject) {
            case "wiskunde" -> "KD22, KD23";
            case "biologie", "natuurkunde", "scheikunde" -> "KD34";
            case "aardrijkskunde" -> "KD38";
            case "geschiedenis" -> "KD37";
            case "lichamelijke opvoeding" -> "KD55";
            case "Nederlands", "Engels", "Frans", "Duits" -> "KD4";
            case "economie" -> "KD42";
            default -> "KD36";
        };
    }

    private static List<IndexBench.Topic> topics() {
        List<IndexBench.Topic> t = new ArrayList<>();
        t.add(new IndexBench.Topic("wiskunde", new String[]{"breuken", "vergelijkingen", "procenten", "grafieken",
                "kwadraten", "wortels", "oppervlakte", "inhoud", "kansrekening", "negatieve getallen", "stelling van pythagoras",
                "gelijkvormigheid", "goniometrie", "machten", "haakjes wegwerken", "lineaire verbanden", "parabolen",
                "statistiek", "gemiddelde", "coördinaten", "hoeken", "driehoeken", "cirkels", "ontbinden in factoren"}));
        t.add(new IndexBench.Topic("biologie", new String[]{"fotosynthese", "celdeling", "spijsvertering", "bloedsomloop",
                "ecosystemen", "erfelijkheid", "evolutie", "ademhaling", "zintuigen", "hormonen", "voortplanting",
                "voedselketens", "bacteriën", "schimmels", "het skelet", "spieren", "het zenuwstelsel", "planten",
                "insecten", "microscopie"}));
        t.add(new IndexBench.Topic("natuurkunde", new String[]{"krachten", "snelheid", "elektriciteit", "stroomkringen",
                "weerstand", "magnetisme", "geluid", "licht", "lenzen", "energie", "warmte", "druk", "dichtheid",
                "hefbomen", "beweging", "zwaartekracht", "golven", "straling"}));
        t.add(new IndexBench.Topic("scheikunde", new String[]{"atomen", "moleculen", "reacties", "verbranding", "zuren",
                "basen", "zouten", "oplossingen", "mengsels", "scheidingsmethoden", "destilleren", "filtreren",
                "reactievergelijkingen", "het periodiek systeem", "metalen", "kunststoffen"}));
        t.add(new IndexBench.Topic("aardrijkskunde", new String[]{"kaartlezen", "klimaat", "vulkanen", "aardbevingen",
                "rivieren", "bevolking", "verstedelijking", "landbouw", "globalisering", "het weer", "gesteenten",
                "erosie", "delta's", "migratie", "de atlas", "breedtegraden", "tijdzones", "platentektoniek"}));
        t.add(new IndexBench.Topic("geschiedenis", new String[]{"de romeinen", "de middeleeuwen", "de gouden eeuw",
                "de verlichting", "de industriële revolutie", "de eerste wereldoorlog", "de tweede wereldoorlog",
                "de koude oorlog", "de slavernij", "de reformatie", "de tachtigjarige oorlog", "het kolonialisme",
                "de franse revolutie", "de jagers en boeren", "de grieken", "de ridders"}));
        t.add(new IndexBench.Topic("lichamelijke opvoeding", new String[]{"turnen", "salto", "handstand", "basketbal",
                "volleybal", "voetbal", "hockey", "atletiek", "hoogspringen", "verspringen", "sprinten", "touwtjespringen",
                "badminton", "warming-up", "rekoefeningen", "conditietraining"}));
        t.add(new IndexBench.Topic("Nederlands", new String[]{"werkwoordspelling", "zinsontleding", "spelling",
                "leesvaardigheid", "samenvatten", "betogen", "argumenteren", "woordsoorten", "persoonsvorm",
                "onderwerp", "lijdend voorwerp", "voltooid deelwoord", "poëzie", "fictie", "signaalwoorden"}));
        t.add(new IndexBench.Topic("Engels", new String[]{"irregular verbs", "present perfect", "past simple",
                "vocabulary", "reading comprehension", "listening", "pronunciation", "phrasal verbs", "grammar"}));
        t.add(new IndexBench.Topic("economie", new String[]{"vraag en aanbod", "inflatie", "begroting", "sparen", "lenen",
                "belastingen", "marktvormen", "consumentengedrag", "productie", "inkomen", "rente", "de euro"}));
        return List.copyOf(t);
    }
}
