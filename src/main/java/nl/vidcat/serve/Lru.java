package nl.vidcat.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bounded caches of serve's handlers: least recently used out first, safe for concurrent requests. */
final class Lru {

    private Lru() {
    }

    static <K, V> Map<K, V> map(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }
}
