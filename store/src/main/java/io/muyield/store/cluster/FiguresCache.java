package io.muyield.store.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache of computed figures keyed by (what was asked, {@link DataVersion}): an import
 * changes the version, so the next request recomputes from the tables.
 */
public final class FiguresCache<K, V> {

    private final int capacity;
    private final Map<Object, V> entries;

    public FiguresCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, V> eldest) {
                return size() > FiguresCache.this.capacity;
            }
        };
    }

    public V get(K key, DataVersion version, Supplier<V> compute) {
        Object full = java.util.List.of(key, version);
        synchronized (entries) {
            V hit = entries.get(full);
            if (hit != null) {
                return hit;
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(full, value);
        }
        return value;
    }
}
