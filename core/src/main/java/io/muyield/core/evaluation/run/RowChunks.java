package io.muyield.core.evaluation.run;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work split into fixed chunks of rows (or into independent tasks) run on the common fork-join pool. Each row's
 * result depends only on that row and counts are summed per chunk in chunk order, so results never depend on the
 * number of threads.
 */
final class RowChunks {

    static final int CHUNK = 1 << 16;

    private RowChunks() {
    }

    static int count(int rows) {
        return (rows + CHUNK - 1) / CHUNK;
    }

    /** Runs {@code task(chunk)} for every chunk; chunk c covers rows [c·CHUNK, min(n, (c+1)·CHUNK)). */
    static void forEachChunk(int rows, IntConsumer task) {
        int chunks = count(rows);
        if (chunks <= 1) {
            for (int c = 0; c < chunks; c++) task.accept(c);
            return;
        }
        IntStream.range(0, chunks).parallel().forEach(task);
    }

    /** Runs independent tasks 0..count-1 in parallel. */
    static void forEachTask(int count, IntConsumer task) {
        IntStream.range(0, count).parallel().forEach(task);
    }

    static int start(int chunk) {
        return chunk * CHUNK;
    }

    static int end(int chunk, int rows) {
        return Math.min(rows, (chunk + 1) * CHUNK);
    }
}
