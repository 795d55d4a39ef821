package io.muyield.store.write;

import io.muyield.store.Dialect;
import io.muyield.store.bulk.BulkRows;
import io.muyield.store.bulk.PipelinedRows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The fact writers' name for the store's bulk path ({@link BulkRows}: DuckDB Appender or PostgreSQL COPY) on the
 * caller's connection and transaction. Values are String, Integer, Long, BigDecimal (already at the column's scale),
 * Boolean, LocalDate, LocalDateTime or null, given in the order of {@code columns}, which for DuckDB must be all of the
 * table's columns in order.
 */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    /** Flushes what is buffered; the rows are part of the transaction, visible to it, and gone if it rolls back. */
    @Override
    void close() throws SQLException;

    static RowSink open(Connection connection, Dialect dialect, String table, boolean temporary, List<String> columns)
            throws SQLException {
        return over(BulkRows.open(connection, dialect, table, temporary, columns));
    }

    /**
     * Rows into a table through a second thread ({@link PipelinedRows}): for a file's facts, appended while the file is
     * still being read. The connection belongs to that thread until the sink is closed.
     */
    static RowSink pipelined(Connection connection, Dialect dialect, String table, List<String> columns) throws SQLException {
        return over(PipelinedRows.over(() -> BulkRows.open(connection, dialect, table, false, columns), columns.size(), table));
    }

    private static RowSink over(BulkRows rows) {
        return new RowSink() {
            @Override
            public void row(Object... values) throws SQLException {
                rows.row(values);
            }

            @Override
            public void close() throws SQLException {
                rows.close();
            }
        };
    }
}
