package io.muyield.store.bulk;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rows through PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}, streamed in chunks (see {@link BulkRows}). */
final class PostgresCopyRows implements BulkRows {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final int width;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    PostgresCopyRows(Connection connection, String table, List<String> columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
        this.width = columns.size();
    }

    @Override
    public void row(Object... values) throws SQLException {
        BulkRows.checkWidth(width, values);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            cell(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** An empty unquoted cell is NULL in CSV COPY; strings are always quoted, so "" stays an empty string. */
    private void cell(Object v) {
        if (BulkRows.isNull(v)) {
            return;
        }
        if (v instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (v instanceof String s) {
            buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            buffer.append(v); // Double.toString round-trips exactly; Infinity is accepted by float8
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
