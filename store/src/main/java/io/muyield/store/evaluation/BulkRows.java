package io.muyield.store.evaluation;

import io.muyield.store.Dialect;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Bulk rows of a run into one table on the caller's connection and transaction: DuckDB's Appender (all columns, in
 * table order) or PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}. Values are String, Integer, Long, Double (NaN
 * becomes NULL), Boolean, LocalDateTime or null. Like the fact writer's sink, but with doubles.
 */
abstract sealed class BulkRows implements AutoCloseable {

    abstract void row(Object... values) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static BulkRows open(Connection connection, Dialect dialect, String table, List<String> columns) throws SQLException {
        return switch (dialect) {
            case DUCKDB -> new Duck(connection, table, columns.size());
            case POSTGRESQL -> new Copy(connection, table, columns);
        };
    }

    static final class Duck extends BulkRows {
        private final DuckDBAppender appender;
        private final int width;

        Duck(Connection connection, String table, int width) throws SQLException {
            this.appender = connection.unwrap(DuckDBConnection.class).createAppender(table);
            this.width = width;
        }

        @Override
        void row(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
            }
            appender.beginRow();
            for (Object v : values) {
                if (v == null || v instanceof Double d && d.isNaN()) {
                    appender.appendNull();
                } else if (v instanceof String s) {
                    appender.append(s);
                } else if (v instanceof Double d) {
                    appender.append(d.doubleValue());
                } else if (v instanceof Integer i) {
                    appender.append(i.intValue());
                } else if (v instanceof Long l) {
                    appender.append(l.longValue());
                } else if (v instanceof Boolean b) {
                    appender.append(b.booleanValue());
                } else if (v instanceof LocalDateTime t) {
                    appender.append(t);
                } else {
                    throw new IllegalArgumentException("cannot append a " + v.getClass().getSimpleName());
                }
            }
            appender.endRow();
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }

    static final class Copy extends BulkRows {
        private static final int CHUNK = 1 << 20;
        private final CopyIn copy;
        private final int width;
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

        Copy(Connection connection, String table, List<String> columns) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
            this.width = columns.size();
        }

        @Override
        void row(Object... values) throws SQLException {
            if (values.length != width) {
                throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v == null || v instanceof Double d && d.isNaN()) {
                    continue;
                }
                if (v instanceof String s) {
                    buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(v); // Double.toString round-trips exactly; Infinity is accepted by float8
                }
            }
            buffer.append('\n');
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }
}
