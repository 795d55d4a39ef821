package io.muyield.app.cli;

import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.audit.AuditRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code muyield audit verify}: OK and exit 0 on an intact chain; the first edited entry and exit 1 after an edit. */
class AuditCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args).exitCode();
    }

    @Test
    void verifiesTheChainAndNamesTheFirstEditedEntry(@TempDir Path dir) {
        try (Database db = Database.forDataDir(dir)) {
            Migrations.migrate(db);
            AuditRepository audit = new AuditRepository(db);
            audit.append("admin", "LOGIN", "user:admin", "form");
            audit.append("admin", "EXPORT", "enterprises", "district=500112 rows=3");
            audit.append("yubei", "ENTERPRISE_VIEW", "91500112M100000118", "");
        }
        assertThat(run("audit", "verify", "--data-dir", dir.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("OK: audit chain of 3 entries verified");

        try (Database db = Database.forDataDir(dir)) {
            db.jdbc().update("UPDATE audit_entry SET details = 'district=500112 rows=1' WHERE seq = 2");
        }
        assertThat(run("audit", "verify", "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("BROKEN at entry 2: its content was changed after it was written (EXPORT by admin");
    }

    @Test
    void aDatabaseWithoutTheTablesIsOneClearLine(@TempDir Path dir) {
        assertThat(run("audit", "verify", "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("muyield: no audit trail in DuckDB");
    }

    @Test
    void hasHelp() {
        assertThat(run("audit", "verify", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: muyield audit verify").contains("--data-dir").contains("--db");
    }
}
