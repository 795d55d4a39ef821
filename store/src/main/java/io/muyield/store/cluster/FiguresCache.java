package io.muyield.store.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache of computed figures keyed by (what was asked, {@link DataVersion}): an import
 * changes the version, so the next request recomputes from the tables. Single flight: a caller asking for what another
 * thread is computing (e.g. the background refresh after an import) waits for that result instead of running the same
 * GROUP BY again.
 */
public final class FiguresCache<K, V> {

    private final int capacity;
    private final Map<Object, CompletableFuture<V>> entries;

    public FiguresCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, CompletableFuture<V>> eldest) {
                return size() > FiguresCache.this.capacity;
            }
        };
    }

    public V get(K key, DataVersion version, Supplier<V> compute) {
        Object full = java.util.List.of(key, version);
        CompletableFuture<V> mine;
        CompletableFuture<V> known;
        synchronized (entries) {
            known = entries.get(full);
            mine = known == null ? new CompletableFuture<>() : null;
            if (known == null) {
                entries.put(full, mine);
            }
        }
        if (known != null) {
            return await(known);   // outside the lock: other keys stay served, and a failing computation can remove itself
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(full, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Whether the figures of (key, version) are computed and kept. */
    public boolean holds(K key, DataVersion version) {
        synchronized (entries) {
            CompletableFuture<V> known = entries.get(java.util.List.of(key, version));
            return known != null && known.isDone() && !known.isCompletedExceptionally();
        }
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
