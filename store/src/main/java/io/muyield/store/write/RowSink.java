package io.muyield.store.write;

import io.muyield.store.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk rows into one table on the caller's connection and transaction: the DuckDB Appender, or PostgreSQL's COPY.
 * Values are String, Integer, Long, BigDecimal (already at the column's scale), Boolean, LocalDate, LocalDateTime
 * or null, given in the order of {@code columns}, which for DuckDB must be all of the table's columns in order.
 */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    /** Flushes what is buffered; the rows are part of the transaction, visible to it, and gone if it rolls back. */
    @Override
    void close() throws SQLException;

    static RowSink open(Connection connection, Dialect dialect, String table, boolean temporary, List<String> columns)
            throws SQLException {
        return switch (dialect) {
            case DUCKDB -> new DuckDbAppenderSink(connection, table, temporary, columns.size());
            case POSTGRESQL -> new PostgresCopySink(connection, table, columns);
        };
    }
}
