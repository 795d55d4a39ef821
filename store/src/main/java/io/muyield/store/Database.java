package io.muyield.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A pooled connection to the one muyield database, DuckDB (a file) or PostgreSQL, with its {@link Dialect}.
 * Every pooled DuckDB connection to the same file shares one database instance inside this JVM; another process
 * cannot open the file while this one holds it, which {@link #open} reports as a {@link DatabaseUnavailableException}.
 */
public final class Database implements AutoCloseable {

    /** The file name of the DuckDB database inside a data directory. */
    public static final String DUCKDB_FILE = "muyield.duckdb";

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String url;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    private Database(HikariDataSource dataSource, Dialect dialect, String url) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.url = url;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Opens an embedded DuckDB database: {@code jdbc:duckdb:<dir>/muyield.duckdb}, creating the directory. */
    public static Database forDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return open("jdbc:duckdb:" + dir.toAbsolutePath().resolve(DUCKDB_FILE));
    }

    /** Opens a database that needs no credentials (DuckDB). */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /**
     * Opens a pool on {@code jdbc:duckdb:…} or {@code jdbc:postgresql:…} and checks that a first connection works.
     *
     * @throws DatabaseUnavailableException with a one-line explanation when it does not
     */
    public static Database open(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new DatabaseUnavailableException("no database URL given: use jdbc:duckdb:<file> or jdbc:postgresql://host:port/database");
        }
        String url = jdbcUrl.strip();
        Dialect dialect = Dialect.ofUrl(url).orElseThrow(() -> new DatabaseUnavailableException(
                "unsupported database URL '" + withoutSecrets(url) + "': use jdbc:duckdb:<file> or jdbc:postgresql://host:port/database"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDriverClassName(dialect.driverClassName());
        config.setPoolName("muyield-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
        config.setConnectionTimeout(10_000);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        if (dialect == Dialect.DUCKDB) {
            // Embedded: connections never go stale, and retiring the last one would close a named in-memory database.
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(1);
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        } else {
            config.setMaximumPoolSize(10);
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new Database(new HikariDataSource(config), dialect, withoutSecrets(url));
        } catch (RuntimeException e) {
            throw ConnectionFailures.explain(dialect, withoutSecrets(url), user, e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL, without any password it may carry. */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Runs the work in one transaction on one connection: it commits when the work returns, rolls back when it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work);
        return transactions.execute(status -> work.get());
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return dialect.displayName() + " " + url;
    }

}
