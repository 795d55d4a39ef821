package io.muyield.store.evaluation;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static io.muyield.store.evaluation.PublicationState.CLOSED;
import static io.muyield.store.evaluation.PublicationState.DRAFT;
import static io.muyield.store.evaluation.PublicationState.FINAL;
import static io.muyield.store.evaluation.PublicationState.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class PublicationRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    private static final LocalDate END = LocalDate.of(2026, 12, 12);

    @Parameter
    TestDatabase target;

    private PublicationRepository publications;

    @BeforeEach
    void clean() {
        target.database().jdbc().update("DELETE FROM run_publication");
        target.database().jdbc().update("DELETE FROM run_publication_step");
        publications = new PublicationRepository(target.database());
    }

    @Test
    void aRunWithoutARowIsDraft() {
        assertThat(publications.of(7).state()).isEqualTo(DRAFT);
        assertThat(publications.of(7).appealsOpen(NOW.toLocalDate())).isFalse();
        assertThat(publications.of(List.of(7L, 8L)).values()).extracting(Publication::state).containsOnly(DRAFT);
        assertThat(publications.history(7)).isEmpty();
    }

    @Test
    void movesForwardAndKeepsEveryStep() {
        assertThat(publications.move(7, DRAFT, PUBLISHED, Optional.of(END), "admin", NOW)).isTrue();
        Publication published = publications.of(7);
        assertThat(published.state()).isEqualTo(PUBLISHED);
        assertThat(published.noticeEnd()).contains(END);
        assertThat(published.changedBy()).contains("admin");
        assertThat(published.appealsOpen(END)).isTrue();
        assertThat(published.appealsOpen(END.plusDays(1))).isFalse();
        assertThat(publications.of(List.of(7L, 8L)).get(8L).state()).isEqualTo(DRAFT);

        assertThat(publications.move(7, PUBLISHED, CLOSED, Optional.empty(), "admin2", NOW.plusDays(16))).isTrue();
        assertThat(publications.of(7).state()).isEqualTo(CLOSED);
        assertThat(publications.of(7).noticeEnd()).contains(END);
        assertThat(publications.of(7).appealsOpen(END)).isFalse();
        assertThat(publications.move(7, CLOSED, FINAL, Optional.empty(), "admin", NOW.plusDays(20))).isTrue();

        assertThat(publications.history(7)).extracting(Publication.Step::position, Publication.Step::from, Publication.Step::to,
                Publication.Step::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, DRAFT, PUBLISHED, "admin"),
                org.assertj.core.groups.Tuple.tuple(2, PUBLISHED, CLOSED, "admin2"),
                org.assertj.core.groups.Tuple.tuple(3, CLOSED, FINAL, "admin"));
        assertThat(publications.history(7).get(0).noticeEnd()).contains(END);
        assertThat(publications.history(7).get(1).at()).isEqualTo(NOW.plusDays(16));
    }

    @Test
    void refusesBackwardsAndStaleMoves() {
        assertThat(publications.move(7, DRAFT, FINAL, Optional.empty(), "admin", NOW)).isTrue();
        assertThatThrownBy(() -> publications.move(7, FINAL, PUBLISHED, Optional.of(END), "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only forward");
        assertThatThrownBy(() -> publications.move(7, FINAL, FINAL, Optional.empty(), "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        // the run is no longer DRAFT: a stale move from DRAFT does nothing
        assertThat(publications.move(7, DRAFT, CLOSED, Optional.empty(), "admin", NOW)).isFalse();
        assertThatThrownBy(() -> publications.move(8, DRAFT, PUBLISHED, Optional.empty(), "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end date");
        assertThat(publications.of(7).state()).isEqualTo(FINAL);
        assertThat(publications.history(7)).hasSize(1);
        assertThat(publications.history(8)).isEmpty();
    }

    /**
     * Two application instances closing the same run at once (two pooled connections, many rounds): exactly one move
     * wins each time; the other sees false or a write conflict, and the history holds one step per move.
     */
    @Test
    void concurrentMovesFromTheSameStateLetExactlyOneWin() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (long run = 100; run < 120; run++) {
                assertThat(publications.move(run, DRAFT, PUBLISHED, Optional.of(END), "admin", NOW)).isTrue();
                long id = run;
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<Boolean> close = () -> {
                    start.await();
                    try {
                        return publications.move(id, PUBLISHED, CLOSED, Optional.empty(), Thread.currentThread().getName(), NOW.plusDays(16));
                    } catch (org.springframework.dao.DataAccessException conflict) {
                        return false; // DuckDB reports the lost race as a write conflict
                    }
                };
                var first = pool.submit(close);
                var second = pool.submit(close);
                assertThat(List.of(first.get(), second.get())).as("run " + id).containsExactlyInAnyOrder(true, false);
                assertThat(publications.of(id).state()).isEqualTo(CLOSED);
                assertThat(publications.history(id)).extracting(Publication.Step::to).containsExactly(PUBLISHED, CLOSED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void findsThePublishedRunsWhoseNoticeEnded() {
        publications.move(1, DRAFT, PUBLISHED, Optional.of(END), "admin", NOW);
        publications.move(2, DRAFT, PUBLISHED, Optional.of(END.plusDays(1)), "admin", NOW);
        publications.move(3, DRAFT, PUBLISHED, Optional.of(END.minusDays(3)), "admin", NOW);
        publications.move(3, PUBLISHED, CLOSED, Optional.empty(), "admin", NOW);
        assertThat(publications.publishedEndedBefore(END)).isEmpty();
        assertThat(publications.publishedEndedBefore(END.plusDays(1))).containsExactly(1L);
        assertThat(publications.publishedEndedBefore(END.plusDays(5))).containsExactly(1L, 2L);
    }
}
