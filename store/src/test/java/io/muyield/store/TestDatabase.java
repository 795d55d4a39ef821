package io.muyield.store;

import io.muyield.store.reference.ReferenceData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One database for one run of a test class: a DuckDB file in a temporary directory, or a fresh schema in the test
 * PostgreSQL (env MUYIELD_TEST_PG_URL, MUYIELD_TEST_PG_USER, MUYIELD_TEST_PG_PASSWORD; defaults
 * jdbc:postgresql://localhost:5432/muyield_test, muyield, muyield). Opened lazily, migrated, reference data loaded;
 * closed (file deleted, schema dropped) when the class run ends.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL = env("MUYIELD_TEST_PG_URL", "jdbc:postgresql://localhost:5432/muyield_test");
    public static final String PG_USER = env("MUYIELD_TEST_PG_USER", "muyield");
    public static final String PG_PASSWORD = env("MUYIELD_TEST_PG_PASSWORD", "muyield");

    private final Dialect dialect;
    private Database database;
    private Path directory;
    private String schema;

    public TestDatabase(Dialect dialect) {
        this.dialect = dialect;
    }

    public static boolean skipPostgres() {
        return Boolean.getBoolean("muyield.skipPostgres");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The database, migrated and with the reference data loaded. */
    public Database database() {
        if (database == null) {
            database = bare();
            Migrations.migrate(database);
            ReferenceData.loadIfEmpty(database);
        }
        return database;
    }

    /** A new, empty database (no migrations run), closed with this object. */
    public Database bare() {
        try {
            Database db = switch (dialect) {
                case DUCKDB -> Database.forDataDir(directory = Files.createTempDirectory("muyield-store-test"));
                case POSTGRESQL -> Database.open(withSchema(PG_URL, schema = createSchema()), PG_USER, PG_PASSWORD);
            };
            if (database != null) {
                throw new IllegalStateException("one database per TestDatabase");
            }
            database = db;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DatabaseUnavailableException e) {
            if (dialect == Dialect.POSTGRESQL) {
                throw new IllegalStateException("PostgreSQL tests need a server: " + e.getMessage()
                        + ". Set MUYIELD_TEST_PG_URL / MUYIELD_TEST_PG_USER / MUYIELD_TEST_PG_PASSWORD, "
                        + "or run with -Dmuyield.skipPostgres=true to leave PostgreSQL out.", e);
            }
            throw e;
        }
    }

    /** Empties the enterprise, fact and batch tables (reference data stays). */
    public void clearFacts() {
        for (String table : new String[]{"enterprise_year", "fact", "land_lease", "enterprise_event", "enterprise_tag", "enterprise_event_detail", "import_rejection", "enterprise", "import_batch", "park"}) {
            database().jdbc().update("DELETE FROM " + table);
        }
    }

    private static String createSchema() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot create a test schema in PostgreSQL at " + PG_URL + " as " + PG_USER
                    + " (" + e.getMessage().replaceAll("\\R", " ") + ")", e);
        }
        return name;
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws Exception {
        if (database != null) {
            database.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public String toString() {
        return dialect.displayName();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
