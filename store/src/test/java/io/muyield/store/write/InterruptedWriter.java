package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.Fixtures;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM: writes a batch of N enterprises into the DuckDB file under a data directory and, once the
 * enterprises are in but before the facts, says "mid-batch" and waits to be killed (at most a minute).
 * Arguments: data directory, N.
 */
public final class InterruptedWriter {

    private InterruptedWriter() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        try (Database db = Database.forDataDir(Path.of(args[0]))) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            List<Enterprise> enterprises = new ArrayList<>(n);
            List<YearlyFacts> facts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CreditCode code = Fixtures.code("500112", 100_000 + i);
                enterprises.add(Fixtures.enterprise(code, "企业" + i, "500112", null, null, "3612"));
                facts.add(Fixtures.facts(code, 2023, true, FactField.TAX, "12.5", FactField.LAND_OWNED, "3"));
            }
            new FactBatchWriter(db, Clock.systemDefaultZone(), step -> {
                if (step.equals("enterprises")) {
                    System.out.println("mid-batch");
                    System.out.flush();
                    sleepAMinute();
                }
            }).write(BatchDescription.of("killed", "test").withYear(2023), enterprises, facts);
        }
    }

    private static void sleepAMinute() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
