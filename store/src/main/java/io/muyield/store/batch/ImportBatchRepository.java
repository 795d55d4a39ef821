package io.muyield.store.batch;

import io.muyield.store.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the import batches. */
public final class ImportBatchRepository {

    private static final String SELECT = "SELECT id, source, year, file_name, file_hash, created_at, created_by, rows_read, "
            + "rows_accepted, rows_rejected, status, superseded_by FROM import_batch ";

    private final Database database;

    public ImportBatchRepository(Database database) {
        this.database = database;
    }

    /** Every batch, newest first. */
    public List<ImportBatch> all() {
        return database.jdbc().query(SELECT + "ORDER BY id DESC", (rs, n) -> map(rs));
    }

    public Optional<ImportBatch> find(long id) {
        return database.jdbc().query(SELECT + "WHERE id = ?", (rs, n) -> map(rs), id).stream().findFirst();
    }

    private static ImportBatch map(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        Optional<Integer> y = rs.wasNull() ? Optional.empty() : Optional.of(year);
        long superseded = rs.getLong("superseded_by");
        Optional<Long> s = rs.wasNull() ? Optional.empty() : Optional.of(superseded);
        return new ImportBatch(rs.getLong("id"), rs.getString("source"), y, Optional.ofNullable(rs.getString("file_name")),
                Optional.ofNullable(rs.getString("file_hash")), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"), rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
                BatchStatus.valueOf(rs.getString("status")), s);
    }
}
