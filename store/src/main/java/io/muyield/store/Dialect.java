package io.muyield.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases muyield runs on. Shared SQL is written once for both; a dialect only decides the driver, the
 * migration folder for the few statements that differ, and how rows are bulk-loaded.
 */
public enum Dialect {
    DUCKDB("jdbc:duckdb:", "org.duckdb.DuckDBDriver", "DuckDB"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver", "PostgreSQL");

    private final String urlPrefix;
    private final String driverClassName;
    private final String displayName;

    Dialect(String urlPrefix, String driverClassName, String displayName) {
        this.urlPrefix = urlPrefix;
        this.driverClassName = driverClassName;
        this.displayName = displayName;
    }

    /** The dialect a JDBC URL names, by its scheme; empty for any other scheme. */
    public static Optional<Dialect> ofUrl(String jdbcUrl) {
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (url.startsWith(d.urlPrefix)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public String driverClassName() {
        return driverClassName;
    }

    public String displayName() {
        return displayName;
    }

    /** The classpath folder of the migrations only this dialect runs, beside {@code db/migration/common}. */
    public String migrationLocation() {
        return "db/migration/" + name().toLowerCase(Locale.ROOT);
    }
}
