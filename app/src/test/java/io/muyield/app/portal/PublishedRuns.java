package io.muyield.app.portal;

import io.muyield.app.evaluation.RunCreation;
import io.muyield.app.evaluation.SchemeText;
import io.muyield.store.Database;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Test fixture: appeals need a run of the year in its notice period (公示中). */
final class PublishedRuns {

    private PublishedRuns() {
    }

    /** A chongqing-2023 run over the year, PUBLISHED until 15 days from today: an existing one, or a new one. */
    static synchronized long ensure(Database database, int year) {
        PublicationRepository publications = new PublicationRepository(database);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (StoredRun r : new RunRepository(database).runs()) {
            if (r.year() == year && publications.of(r.id()).appealsOpen(today)) {
                return r.id();
            }
        }
        long id = new RunCreation(database).create(SchemeText.resolve("chongqing-2023"), year, "test", Optional.empty()).run().id();
        publish(database, id);
        return id;
    }

    /** Publishes a DRAFT run until 15 days from today. */
    static void publish(Database database, long runId) {
        new PublicationRepository(database).move(runId, PublicationState.DRAFT, PublicationState.PUBLISHED,
                Optional.of(LocalDate.now(ZoneOffset.UTC).plusDays(15)), "test", LocalDateTime.now(ZoneOffset.UTC));
    }
}
