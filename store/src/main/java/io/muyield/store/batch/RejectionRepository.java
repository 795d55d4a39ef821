package io.muyield.store.batch;

import io.muyield.store.Database;

import java.util.List;

/** Reads the rows a batch refused, in file order. */
public final class RejectionRepository {

    private final Database database;

    public RejectionRepository(Database database) {
        this.database = database;
    }

    public List<RejectedRow> ofBatch(long batchId, int limit) {
        return database.jdbc().query("SELECT sheet, row_number, header, cells, issues FROM import_rejection WHERE batch_id = ? "
                        + "ORDER BY position LIMIT ?",
                (rs, n) -> new RejectedRow(rs.getString(1), rs.getInt(2), RejectedRow.split(rs.getString(3)),
                        RejectedRow.split(rs.getString(4)), RejectedRow.decodeReasons(rs.getString(5))), batchId, limit);
    }

    public long count(long batchId) {
        Long n = database.jdbc().queryForObject("SELECT COUNT(*) FROM import_rejection WHERE batch_id = ?", Long.class, batchId);
        return n == null ? 0 : n;
    }
}
