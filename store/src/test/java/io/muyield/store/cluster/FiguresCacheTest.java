package io.muyield.store.cluster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void aWaitingCallerBlocksNeitherOtherCallersNorAFailingComputation() throws Exception {
        FiguresCache<String, String> cache = new FiguresCache<>(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = new CompletableFuture<>();
        Thread computing = new Thread(() -> {
            try {
                first.complete(cache.get("city", V1, () -> {
                    started.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("database gone");
                }));
            } catch (RuntimeException e) {
                first.completeExceptionally(e);
            }
        });
        computing.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                second.complete(cache.get("city", V1, () -> "again"));
            } catch (RuntimeException e) {
                second.completeExceptionally(e);
            }
        });
        waiting.start();
        while (waiting.getState() != Thread.State.WAITING && waiting.isAlive()) {
            Thread.sleep(5);          // until the second caller waits for the first computation
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {      // a liveness check: no lock is held while waiting
            assertThat(cache.get("district", V1, () -> "other")).isEqualTo("other");   // another key is served meanwhile
            assertThat(cache.holds("city", V1)).isFalse();
        });
        release.countDown();
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
        assertThat(cache.get("city", V1, () -> "figures")).isEqualTo("figures");
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
