package io.muyield.app.evaluation;

import io.muyield.store.Database;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Test fixture: stored runs of the test city, new (DRAFT) or in their notice period (公示中), as appeals need them. */
public final class TestRuns {

    private TestRuns() {
    }

    /** A new run of the preset scheme (or scheme file) over the year, created by {@code by}: DRAFT, as every new run. */
    public static long draft(Database database, String scheme, int year, String by) {
        return new RunCreation(database).create(SchemeText.resolve(scheme), year, by, Optional.empty()).run().id();
    }

    /** A chongqing-2023 run over the year, PUBLISHED until 15 days from today: an existing one, or a new one. */
    public static synchronized long published(Database database, int year) {
        PublicationRepository publications = new PublicationRepository(database);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (StoredRun r : new RunRepository(database).runs()) {
            if (r.year() == year && publications.of(r.id()).appealsOpen(today)) {
                return r.id();
            }
        }
        long id = draft(database, "chongqing-2023", year, "test");
        publish(database, id);
        return id;
    }

    /** Publishes a DRAFT run until 15 days from today. */
    public static void publish(Database database, long runId) {
        new PublicationRepository(database).move(runId, PublicationState.DRAFT, PublicationState.PUBLISHED,
                Optional.of(LocalDate.now(ZoneOffset.UTC).plusDays(15)), "test", LocalDateTime.now(ZoneOffset.UTC));
    }
}
