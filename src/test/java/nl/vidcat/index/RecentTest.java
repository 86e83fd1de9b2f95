package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {

    @Test
    void computesOncePerKeyAndForgetsTheLeastRecentlyUsed() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        Recent<String, String> recent = new Recent<>(2);
        Recent.Compute<String, String, RuntimeException> upper = k -> {
            computed.incrementAndGet();
            return k.toUpperCase(java.util.Locale.ROOT);
        };
        assertEquals("A", recent.get("a", upper));
        assertEquals("A", recent.get("a", upper));
        assertEquals(1, computed.get());
        recent.get("b", upper);
        recent.get("a", upper); // a is now the most recently used
        recent.get("c", upper); // over the bound: b goes
        assertEquals(3, computed.get());
        recent.get("a", upper);
        assertEquals(3, computed.get(), "a was kept");
        recent.get("b", upper);
        assertEquals(4, computed.get(), "b was forgotten");
    }
}
