package io.muyield.store.batch;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure ever imported for an enterprise, superseded ones included: a value's history across batches. Read
 * through the caller's scope (a {@link Condition} on the enterprise row, {@code e.} columns).
 */
public final class FactHistoryRepository {

    /** One figure of one batch: field (a FactField column or above_scale), value as stored and as reported, the batch. */
    public record HistoricFact(int year, String field, BigDecimal value, BigDecimal reportedValue, String reportedUnit, long batchId,
                               String source, String fileName, LocalDateTime importedAt, BatchStatus status) {
    }

    private final Database database;

    public FactHistoryRepository(Database database) {
        this.database = database;
    }

    /** The enterprise's figures of a year (or every year when null), by field, then newest batch first. */
    public List<HistoricFact> history(String creditCode, Integer year, Condition scope) {
        List<Object> params = new ArrayList<>(List.of(creditCode));
        String yearFilter = "";
        if (year != null) {
            yearFilter = " AND f.year = ?";
            params.add(year);
        }
        params.addAll(scope.params());
        return database.jdbc().query("SELECT f.year, f.field, f.value, f.reported_value, f.reported_unit, f.batch_id, b.source, "
                        + "b.file_name, b.created_at, b.status FROM fact f JOIN import_batch b ON b.id = f.batch_id "
                        + "JOIN enterprise e ON e.credit_code = f.credit_code WHERE f.credit_code = ?" + yearFilter + " AND (" + scope.sql()
                        + ") ORDER BY f.year DESC, f.field, f.batch_id DESC",
                (rs, n) -> new HistoricFact(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5), rs.getLong(6),
                        rs.getString(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime(), BatchStatus.valueOf(rs.getString(10))),
                params.toArray());
    }
}
