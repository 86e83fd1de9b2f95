package nl.vidcat.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The last values computed from keys on one index build, least recently used first out. For what depends only on the
 * key and the unchanging build and costs more than the rest of a search: rewriting a typo-tolerant word (Levenshtein
 * automata walked over the term dictionary of each field it may match in), the did-you-mean correction of a word, and
 * which documents a published set lets a search see, and the query parsed from a text (each word analyzed once per
 * field it may match in).
 * Hits, facets and highlights are never kept: every search computes them.
 */
final class Recent<K, V> {

    /** A computation that may read the index ({@code E}: IOException) or not ({@code E} inferred unchecked). */
    interface Compute<K, V, E extends Exception> {
        V apply(K key) throws E;
    }

    private final ReentrantLock lock = new ReentrantLock(); // not synchronized: searches run on virtual threads
    private final Map<K, V> values;

    Recent(int size) {
        values = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    <E extends Exception> V get(K key, Compute<K, V, E> compute) throws E {
        lock.lock();
        try {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        } finally {
            lock.unlock();
        }
        V value = compute.apply(key); // outside the lock: two searches may compute the same value once each
        lock.lock();
        try {
            values.put(key, value);
        } finally {
            lock.unlock();
        }
        return value;
    }
}
