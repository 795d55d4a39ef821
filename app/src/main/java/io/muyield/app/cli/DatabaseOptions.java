package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;

import io.muyield.store.Database;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;

/** Where the data lives: an embedded DuckDB under a data directory (the default), or any database by JDBC URL. */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "directory of the embedded DuckDB database (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "a database URL instead, e.g. jdbc:postgresql://localhost:5432/muyield (user and password from MUYIELD_DB_USER / MUYIELD_DB_PASSWORD); also read from MUYIELD_DB_URL")
    String url;

    /** The JDBC URL to use: --db, else MUYIELD_DB_URL, else the DuckDB file under --data-dir. */
    public String jdbcUrl() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        String env = System.getenv("MUYIELD_DB_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserFacingException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return "jdbc:duckdb:" + dir.resolve(Database.DUCKDB_FILE);
    }

    public Path dataDir() {
        return dataDir;
    }
}
