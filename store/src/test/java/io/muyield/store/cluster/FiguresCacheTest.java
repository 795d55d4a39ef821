package io.muyield.store.cluster;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiguresCacheTest {

    private static final DataVersion V1 = new DataVersion(1, 1, 1, 0);
    private static final DataVersion V2 = new DataVersion(2, 2, 3, 0);

    @Test
    void aCallerAskingForWhatIsBeingComputedWaitsForThatComputation() throws Exception {
        FiguresCache<String, String> cache = new FiguresCache<>(4);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("city", V1, () -> {
            computations.incrementAndGet();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "figures";
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get("city", V1, () -> {
            computations.incrementAndGet();
            return "again";
        }));
        assertThat(cache.holds("city", V1)).isFalse();
        release.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
        assertThat(computations).hasValue(1);
        assertThat(cache.holds("city", V1)).isTrue();
        assertThat(cache.holds("city", V2)).isFalse();
        assertThat(cache.get("city", V2, () -> "new")).isEqualTo("new");          // a new data version recomputes
    }

    @Test
    void aFailedComputationIsNotKept() {
        FiguresCache<String, String> cache = new FiguresCache<>(4);
        assertThatThrownBy(() -> cache.get("city", V1, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(cache.get("city", V1, () -> "figures")).isEqualTo("figures");
    }
}
