package io.muyield.app.imports;

import io.muyield.ingest.fusion.SourcePriority;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM: imports a delivery directory into the DuckDB file under a data directory and, once two files are
 * written and the third has its facts in (all inside the one transaction), says "mid-import" and waits to be killed.
 * Arguments: data directory, delivery directory, year.
 */
public final class InterruptedImport {

    private InterruptedImport() {
    }

    public static void main(String[] args) throws Exception {
        int year = Integer.parseInt(args[2]);
        try (Database db = Database.forDataDir(Path.of(args[0]))) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            AtomicInteger written = new AtomicInteger();
            DepartmentImport importer = new DepartmentImport(db, SourcePriority.standard(), step -> {
                if (step.equals("refresh")) {
                    written.incrementAndGet();
                } else if (step.equals("facts") && written.get() == 2) {
                    System.out.println("mid-import");
                    System.out.flush();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            importer.run(new DepartmentImport.Request(DepartmentImport.filesOf(Path.of(args[1]), year), year, Optional.empty(), "test"),
                    line -> { });
        }
    }
}
