package org.casewise.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function, kept for the keys already asked, up to a limit. The analysis
 * asks the same words, headings and phrases report after report; past the limit answers are
 * computed and not kept (a bound on memory, not an eviction policy). Thread-safe.
 */
public final class Memo<K, V> {

    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final Function<? super K, ? extends V> function;
    private final int limit;

    /** @param function a pure function: same key, same (non-null) answer */
    public Memo(Function<? super K, ? extends V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    public V get(K key) {
        V v = answers.get(key);
        if (v == null) {
            v = function.apply(key);
            if (answers.size() < limit) {
                answers.put(key, v);
            }
        }
        return v;
    }
}
