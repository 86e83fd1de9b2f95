package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangesTest {

    private static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Exchanges.parseForm(raw, m);
        return m;
    }

    @Test
    void keepsRepeatedArgumentsInOrder() {
        assertEquals(Map.of("verb", List.of("Identify", "ListSets"), "x", List.of("")), parse("verb=Identify&x&verb=ListSets"));
    }

    @Test
    void decodesPercentAndPlus() {
        assertEquals(List.of("a b/é"), parse("q=a+b%2F%C3%A9").get("q"));
    }

    @Test
    void malformedEscapesAreBadRequests() {
        assertEquals(400, assertThrows(Exchanges.BadRequest.class, () -> parse("q=%zz")).status());
        assertEquals(400, assertThrows(Exchanges.BadRequest.class, () -> parse("q=%C3")).status());
        assertEquals(400, assertThrows(Exchanges.BadRequest.class, () -> parse("q=%4")).status());
    }
}
