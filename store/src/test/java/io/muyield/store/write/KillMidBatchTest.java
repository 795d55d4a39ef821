package io.muyield.store.write;

import io.muyield.store.Database;
import io.muyield.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of a batch (enterprises written, facts not yet) leaves the embedded database as it was before
 * the batch: no batch row, no enterprise, no fact; and the database opens and takes the next batch.
 */
class KillMidBatchTest {

    @Test
    void aKilledWriterLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptedWriter.class.getName(), dir.toString(), "2000")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("mid-batch"));
            assertThat(line).as("the child reached the middle of the batch").isEqualTo("mid-batch");
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the child
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Database db = Database.forDataDir(dir)) {
            assertThat(count(db, "SELECT COUNT(*) FROM import_batch")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM enterprise")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM fact")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM enterprise_year")).isZero();

            var code = Fixtures.code("500112", 1);
            new FactBatchWriter(db).write(BatchDescription.of("after", "test").withYear(2023),
                    List.of(Fixtures.enterprise(code, "企业", "500112", null, null, "3612")),
                    List.of(Fixtures.facts(code, 2023, true, io.muyield.core.fact.FactField.TAX, "1")));
            assertThat(count(db, "SELECT COUNT(*) FROM enterprise_year")).isEqualTo(1);
        }
    }

    private static long count(Database db, String sql) {
        Long n = db.jdbc().queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
