package io.muyield.app.imports;

import io.muyield.store.Database;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of an import (two files written, the third half-way, all in one transaction) leaves the
 * embedded database as it was: no batch, enterprise, fact, lease or year row; and the same import then goes through.
 */
class KillMidImportTest {

    @Test
    void aKilledImportLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path delivery = dir.resolve("delivery");
        new CityGenerator(GeneratorSpec.defaults().withEnterprises(400).withYears(2023, 2023).withSeed(3)).writeFiles(delivery);
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptedImport.class.getName(), data.toString(), delivery.toString(), "2023")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("mid-import"));
            assertThat(line).as("the child reached the middle of the import").isEqualTo("mid-import");
        } finally {
            child.destroyForcibly(); // SIGKILL: no rollback by the child
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Database db = Database.forDataDir(data)) {
            for (String table : new String[]{"import_batch", "enterprise", "fact", "enterprise_year", "land_lease", "enterprise_event", "import_rejection", "park"}) {
                Long n = db.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
                assertThat(n).as(table).isZero();
            }
            ImportReport again = new DepartmentImport(db).run(new DepartmentImport.Request(DepartmentImport.filesOf(delivery, 2023), 2023,
                    Optional.empty(), "test"), line -> { });
            assertThat(again.committed()).isTrue();
            assertThat(again.files()).allMatch(f -> f.outcome() == FileReport.Outcome.IMPORTED);
        }
    }
}
