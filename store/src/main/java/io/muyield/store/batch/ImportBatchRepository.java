package io.muyield.store.batch;

import io.muyield.store.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the import batches. */
public final class ImportBatchRepository {

    private static final String SELECT = "SELECT id, source, year, file_name, file_hash, created_at, created_by, rows_read, "
            + "rows_accepted, rows_rejected, status, superseded_by, profile FROM import_batch ";

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

    /** The newest batch on this page of the list (newest first). */
    public List<ImportBatch> page(int limit, long offset) {
        return database.jdbc().query(SELECT + "ORDER BY id DESC LIMIT ? OFFSET ?", (rs, n) -> map(rs), limit, offset);
    }

    public long count() {
        Long n = database.jdbc().queryForObject("SELECT COUNT(*) FROM import_batch", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The ACTIVE batch that holds a file with these bytes for this year, if any: importing the file again is then a
     * no-op. A file whose batch was superseded is not found: importing it again makes it current again.
     */
    public Optional<ImportBatch> activeWithFile(int year, String sha256) {
        return database.jdbc().query(SELECT + "WHERE year = ? AND file_hash = ? AND status = 'ACTIVE' ORDER BY id DESC",
                (rs, n) -> map(rs), year, sha256).stream().findFirst();
    }

    /** The batches that replaced one another for the same profile and year as this one, oldest first. */
    public List<ImportBatch> lineage(ImportBatch batch) {
        if (batch.profile().isEmpty() || batch.year().isEmpty()) {
            return List.of(batch);
        }
        return database.jdbc().query(SELECT + "WHERE profile = ? AND year = ? ORDER BY id", (rs, n) -> map(rs),
                batch.profile().get(), batch.year().get());
    }

    /** How many long-form facts the batch holds. */
    public long factCount(long batchId) {
        Long n = database.jdbc().queryForObject("SELECT COUNT(*) FROM fact WHERE batch_id = ?", Long.class, batchId);
        return n == null ? 0 : n;
    }

    private static ImportBatch map(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        Optional<Integer> y = rs.wasNull() ? Optional.empty() : Optional.of(year);
        long superseded = rs.getLong("superseded_by");
        Optional<Long> s = rs.wasNull() ? Optional.empty() : Optional.of(superseded);
        return new ImportBatch(rs.getLong("id"), rs.getString("source"), y, Optional.ofNullable(rs.getString("file_name")),
                Optional.ofNullable(rs.getString("file_hash")), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"), rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
                BatchStatus.valueOf(rs.getString("status")), s,
                Optional.ofNullable(rs.getString("profile")));
    }
}
