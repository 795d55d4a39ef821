package io.muyield.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DatabaseTest {

    @Test
    void aDataDirectoryIsCreatedAndHoldsMuyieldDuckdb(@TempDir Path tmp) {
        Path dir = tmp.resolve("data/nested");
        try (Database db = Database.forDataDir(dir)) {
            assertThat(db.dialect()).isEqualTo(Dialect.DUCKDB);
            assertThat(db.url()).isEqualTo("jdbc:duckdb:" + dir.toAbsolutePath().resolve("muyield.duckdb"));
            assertThat(db.jdbc().queryForObject("SELECT 41 + 1", Integer.class)).isEqualTo(42);
        }
        assertThat(Files.exists(dir.resolve("muyield.duckdb"))).isTrue();
    }

    @Test
    void pooledConnectionsShareOneDuckdbInstance(@TempDir Path tmp) throws Exception {
        try (Database db = Database.forDataDir(tmp)) {
            try (Connection a = db.dataSource().getConnection(); Connection b = db.dataSource().getConnection()) {
                assertThat(a.unwrap(Connection.class)).isNotSameAs(b.unwrap(Connection.class));
                try (Statement s = a.createStatement()) {
                    s.execute("CREATE TABLE shared (x INTEGER)");
                    s.execute("INSERT INTO shared VALUES (7)");
                }
                try (Statement s = b.createStatement(); var rs = s.executeQuery("SELECT x FROM shared")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(7);
                }
            }
            assertThat(db.inTransaction(() -> db.jdbc().queryForObject("SELECT COUNT(*) FROM shared", Integer.class))).isEqualTo(1);
        }
        try (Database again = Database.forDataDir(tmp)) {
            assertThat(again.jdbc().queryForObject("SELECT x FROM shared", Integer.class)).as("closed and reopened").isEqualTo(7);
        }
    }

    @Test
    void aNamedInMemoryDatabaseIsSharedByThePool() {
        try (Database db = Database.open("jdbc:duckdb:memory:databasetest")) {
            db.jdbc().execute("CREATE TABLE m (x INTEGER)");
            db.inTransaction(() -> db.jdbc().update("INSERT INTO m VALUES (1)"));
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM m", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void aFileHeldByAnotherProcessIsReportedInOneLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("muyield.duckdb");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("holding"));
            assertThat(line).as("the child process opened the file").isEqualTo("holding");
            assertThatThrownBy(() -> Database.forDataDir(tmp))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage("the database file " + file.toAbsolutePath() + " is in use by another muyield process (pid "
                            + holder.pid() + "); stop it or use its HTTP API");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        try (Database db = Database.forDataDir(tmp)) {
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM held", Integer.class)).as("free again").isZero();
        }
    }

    @Test
    void urlsMuyieldDoesNotKnowAreRefusedInOneLine() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/muyield"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("unsupported database URL 'jdbc:mysql://localhost/muyield': use jdbc:duckdb:<file> or jdbc:postgresql://host:port/database");
        assertThatThrownBy(() -> Database.open("  ")).hasMessageStartingWith("no database URL given");
        assertThatThrownBy(() -> Database.open("postgres://u:secret@host/db")).hasMessageStartingWith("unsupported database URL");
        assertThatThrownBy(() -> Database.open("jdbc:duckdb:/nonexistent-dir/x/muyield.duckdb"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot open the DuckDB database jdbc:duckdb:/nonexistent-dir/x/muyield.duckdb: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void postgresqlThatIsNotListeningIsReportedInOneLine() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/muyield?password=secret", "muyield", "x"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/muyield?password=***")
                .hasMessageEndingWith("is the server running and the URL right?")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("secret"));
    }

    @Test
    void postgresqlRefusingTheLoginIsReportedInOneLine() {
        assumeFalse(TestDatabase.skipPostgres(), "PostgreSQL left out with -Dmuyield.skipPostgres=true");
        assertThatThrownBy(() -> Database.open(TestDatabase.PG_URL, TestDatabase.PG_USER, "wrong-password"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("PostgreSQL at " + TestDatabase.PG_URL + " refused the login of user '" + TestDatabase.PG_USER
                        + "': wrong user name or password");
        String missing = TestDatabase.PG_URL.replaceAll("/[^/?]+(\\?.*)?$", "/muyield_no_such_db");
        assertThatThrownBy(() -> Database.open(missing, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD))
                .hasMessage("PostgreSQL at " + missing + " has no such database: create it or correct the URL");
    }

    @Test
    void postgresqlIsDetected() {
        assumeFalse(TestDatabase.skipPostgres(), "PostgreSQL left out with -Dmuyield.skipPostgres=true");
        try (Database db = Database.open(TestDatabase.PG_URL, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD)) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.jdbc().queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
        }
    }
}
