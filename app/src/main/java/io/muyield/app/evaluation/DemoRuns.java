package io.muyield.app.evaluation;

import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.store.Database;
import io.muyield.store.evaluation.RunRepository;

import java.io.PrintStream;
import java.util.Optional;

/** The demo city's runs: chongqing-2023 over the 2022 and 2023 data, created once, after the demo data is loaded. */
public final class DemoRuns {

    static final int[] YEARS = {2022, 2023};

    private DemoRuns() {
    }

    public static void create(Database database, PrintStream out) {
        if (!new RunRepository(database).runs().isEmpty()) {
            return;
        }
        RunCreation creation = new RunCreation(database);
        for (int year : YEARS) {
            try {
                RunCreation.Created c = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), year, "muyield demo", Optional.empty());
                out.printf("  run %d: %s over %d, %,d enterprises (%s) in %d ms%n", c.run().id(), c.run().schemeId(), year, c.run().unitCount(),
                        c.countsLine(), c.read().plus(c.evaluate()).plus(c.store()).toMillis());
            } catch (IllegalArgumentException e) {
                out.println("  no demo run for " + year + ": " + e.getMessage());
            }
        }
    }
}
