package io.muyield.app.evaluation;

import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.store.Database;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import io.muyield.store.evaluation.RunRepository;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The demo city's runs: chongqing-2023 over the 2022 and 2023 data, created once, after the demo data is loaded. The 2022
 * run is FINAL (定稿); the 2023 run is PUBLISHED (公示中) until 15 days from today, so the demo enterprise can appeal.
 */
public final class DemoRuns {

    static final int[] YEARS = {2022, 2023};

    private DemoRuns() {
    }

    public static void create(Database database, PrintStream out) {
        if (!new RunRepository(database).runs().isEmpty()) {
            return;
        }
        RunCreation creation = new RunCreation(database);
        PublicationRepository publications = new PublicationRepository(database);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int year : YEARS) {
            try {
                RunCreation.Created c = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), year, "muyield demo", Optional.empty());
                out.printf("  run %d: %s over %d, %,d enterprises (%s) in %d ms%n", c.run().id(), c.run().schemeId(), year, c.run().unitCount(),
                        c.countsLine(), c.read().plus(c.evaluate()).plus(c.store()).toMillis());
                long id = c.run().id();
                if (year == 2023) {
                    LocalDate end = now.toLocalDate().plusDays(15);
                    publications.move(id, PublicationState.DRAFT, PublicationState.PUBLISHED, Optional.of(end), "muyield demo", now);
                    out.printf("  run %d published (公示) until %s: appeals open%n", id, end);
                } else {
                    publications.move(id, PublicationState.DRAFT, PublicationState.FINAL, Optional.empty(), "muyield demo", now);
                    out.printf("  run %d final (定稿)%n", id);
                }
            } catch (IllegalArgumentException e) {
                out.println("  no demo run for " + year + ": " + e.getMessage());
            }
        }
    }
}
