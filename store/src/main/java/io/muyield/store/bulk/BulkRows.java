package io.muyield.store.bulk;

import io.muyield.store.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk rows into one table on the caller's connection and transaction: DuckDB's Appender, or PostgreSQL's
 * {@code COPY … FROM STDIN (FORMAT csv)} streamed in chunks. The one bulk path of the store (fact batches, evaluation
 * runs). Values are given in the order of {@code columns}, which for DuckDB must be all of the table's columns in
 * order: String, Integer, Long, Double (NaN becomes NULL; other doubles round-trip exactly), BigDecimal (already at the
 * column's scale), Boolean, LocalDate, LocalDateTime or null.
 *
 * <p>On DuckDB the Appender joins the connection's open transaction only once a statement has begun it, so callers run
 * a statement on the connection first. PostgreSQL allows one COPY at a time per connection: close one before the next.
 */
public interface BulkRows extends AutoCloseable {

    /** One row; the number of values must be the number of columns. */
    void row(Object... values) throws SQLException;

    /** Flushes what is buffered; the rows are part of the transaction, visible to it, and gone if it rolls back. */
    @Override
    void close() throws SQLException;

    /** Rows into a table of the database. */
    static BulkRows open(Connection connection, Dialect dialect, String table, List<String> columns) throws SQLException {
        return open(connection, dialect, table, false, columns);
    }

    /** Rows into a table, or (DuckDB) into a temporary table of the connection when {@code temporary}. */
    static BulkRows open(Connection connection, Dialect dialect, String table, boolean temporary, List<String> columns)
            throws SQLException {
        return switch (dialect) {
            case DUCKDB -> new DuckDbAppenderRows(connection, table, temporary, columns.size());
            case POSTGRESQL -> new PostgresCopyRows(connection, table, columns);
        };
    }

    /** A NULL cell: null or a double NaN. */
    static boolean isNull(Object v) {
        return v == null || v instanceof Double d && d.isNaN();
    }

    static void checkWidth(int width, Object[] values) {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
    }
}
