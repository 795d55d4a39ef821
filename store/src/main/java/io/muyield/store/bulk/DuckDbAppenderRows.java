package io.muyield.store.bulk;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Rows through DuckDB's Appender (see {@link BulkRows}). */
final class DuckDbAppenderRows implements BulkRows {

    private final DuckDBAppender appender;
    private final int width;

    DuckDbAppenderRows(Connection connection, String table, boolean temporary, int width) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        this.appender = temporary ? duck.createAppender("temp", "main", table) : duck.createAppender(table);
        this.width = width;
    }

    @Override
    public void row(Object... values) throws SQLException {
        BulkRows.checkWidth(width, values);
        appender.beginRow();
        for (Object v : values) {
            append(v);
        }
        appender.endRow();
    }

    private void append(Object v) throws SQLException {
        if (BulkRows.isNull(v)) {
            appender.appendNull();
        } else if (v instanceof String s) {
            appender.append(s);
        } else if (v instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (v instanceof BigDecimal d) {
            appender.append(d);
        } else if (v instanceof Integer i) {
            appender.append(i.intValue());
        } else if (v instanceof Long l) {
            appender.append(l.longValue());
        } else if (v instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (v instanceof LocalDate d) {
            appender.append(d);
        } else if (v instanceof LocalDateTime t) {
            appender.append(t);
        } else {
            throw new IllegalArgumentException("cannot append a " + v.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
