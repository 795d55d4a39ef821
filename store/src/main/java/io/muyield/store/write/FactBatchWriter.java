package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;
import io.muyield.store.batch.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes one batch in one transaction: the import_batch row, the enterprises (inserted or updated), the long-form
 * facts (each remembering this batch, as reported and canonical) and the refreshed enterprise_year rows of the keys
 * it touched. If any step fails nothing remains. Rows go in bulk (DuckDB Appender, PostgreSQL COPY).
 * The batch ids inside the given {@link FactValue}s are ignored: every fact written belongs to the new batch.
 */
public final class FactBatchWriter {

    static final List<String> ENTERPRISE_COLUMNS = List.of("credit_code", "name", "district_code", "zone_code", "park_code",
            "industry_code", "founded", "status", "batch_id");
    static final List<String> FACT_COLUMNS = List.of("credit_code", "year", "field", "value", "reported_value", "reported_unit",
            "batch_id");
    private static final BigDecimal ONE = StoredDecimal.toColumn(BigDecimal.ONE);
    private static final BigDecimal ZERO = StoredDecimal.toColumn(BigDecimal.ZERO);

    private final Database database;
    private final Clock clock;
    private final Consumer<String> afterStep;

    public FactBatchWriter(Database database) {
        this(database, Clock.systemDefaultZone(), step -> { });
    }

    /** With a clock for created_at, and a listener told after each step (batch, enterprises, facts, refresh): a test seam. */
    FactBatchWriter(Database database, Clock clock, Consumer<String> afterStep) {
        this.database = database;
        this.clock = clock;
        this.afterStep = afterStep;
    }

    public WrittenBatch write(BatchDescription batch, Collection<Enterprise> enterprises, Collection<YearlyFacts> facts) {
        return write(batch, enterprises, facts, ReportedQuantities.CANONICAL);
    }

    /**
     * Writes the batch. Every yearly record must belong to an enterprise given here or already stored.
     *
     * @throws IllegalArgumentException for duplicate enterprises or yearly records, or values beyond DECIMAL(24, 6)
     */
    public WrittenBatch write(BatchDescription batch, Collection<Enterprise> enterprises, Collection<YearlyFacts> facts,
                              ReportedQuantities reported) {
        long started = System.nanoTime();
        refuseDuplicates(enterprises, facts);
        long[] factCount = {0};
        long id = database.inTransaction(() -> {
            try {
                long batchId = insertBatch(batch, enterprises.size(), facts.size());
                afterStep.accept("batch");
                Connection connection = DataSourceUtils.getConnection(database.dataSource());
                upsertEnterprises(connection, batchId, enterprises);
                afterStep.accept("enterprises");
                factCount[0] = appendFacts(connection, batchId, facts, reported, batch.carriesScaleFlag());
                afterStep.accept("facts");
                requireKnownEnterprises(batchId);
                database.jdbc().update(EnterpriseYearRefresh.sql(), batchId);
                afterStep.accept("refresh");
                return batchId;
            } catch (SQLException e) {
                throw new IllegalStateException("writing batch of " + batch.source() + " failed: " + e.getMessage(), e);
            }
        });
        return new WrittenBatch(id, enterprises.size(), facts.size(), factCount[0], Duration.ofNanos(System.nanoTime() - started));
    }

    private long insertBatch(BatchDescription batch, int enterprises, int records) {
        JdbcTemplate jdbc = database.jdbc();
        Long id = jdbc.queryForObject("SELECT nextval('import_batch_id_seq')", Long.class);
        long counted = records > 0 ? records : enterprises;
        BatchDescription.RowCounts rows = batch.rows().orElse(new BatchDescription.RowCounts(counted, counted, 0));
        jdbc.update("INSERT INTO import_batch (id, source, year, file_name, file_hash, created_at, created_by, rows_read, "
                        + "rows_accepted, rows_rejected, status, superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                id, batch.source(), batch.year().orElse(null), batch.fileName().orElse(null), batch.fileHash().orElse(null),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), batch.createdBy(), rows.read(), rows.accepted(),
                rows.rejected(), BatchStatus.ACTIVE.name());
        return id;
    }

    private void upsertEnterprises(Connection connection, long batchId, Collection<Enterprise> enterprises) throws SQLException {
        if (enterprises.isEmpty()) {
            return;
        }
        JdbcTemplate jdbc = database.jdbc();
        jdbc.execute("CREATE TEMPORARY TABLE enterprise_stage AS SELECT " + String.join(", ", ENTERPRISE_COLUMNS)
                + " FROM enterprise WHERE 1 = 0");
        try (RowSink sink = RowSink.open(connection, database.dialect(), "enterprise_stage", true, ENTERPRISE_COLUMNS)) {
            for (Enterprise e : enterprises) {
                sink.row(e.creditCode().value(), e.name(), e.districtCode(), e.zoneCode().orElse(null), e.parkCode().orElse(null),
                        e.industry().value(), e.founded(), e.status().name(), batchId);
            }
        }
        requireKnownReferences();
        String updates = ENTERPRISE_COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        String columns = String.join(", ", ENTERPRISE_COLUMNS);
        jdbc.update("INSERT INTO enterprise (" + columns + ") SELECT " + columns + " FROM enterprise_stage "
                + "ON CONFLICT (credit_code) DO UPDATE SET " + updates);
        jdbc.execute("DROP TABLE enterprise_stage");
    }

    private long appendFacts(Connection connection, long batchId, Collection<YearlyFacts> facts, ReportedQuantities reported,
                             boolean carriesScaleFlag) throws SQLException {
        long count = 0;
        try (RowSink sink = RowSink.open(connection, database.dialect(), "fact", false, FACT_COLUMNS)) {
            for (YearlyFacts y : facts) {
                String code = y.enterprise().value();
                if (carriesScaleFlag) {
                    BigDecimal flag = y.aboveScale() ? ONE : ZERO;
                    sink.row(code, y.year(), EnterpriseYearRefresh.ABOVE_SCALE, flag, flag, null, batchId);
                    count++;
                }
                for (Map.Entry<FactField, FactValue> e : y.values().entrySet()) {
                    FactField field = e.getKey();
                    BigDecimal value = column(y, field, e.getValue().value());
                    Optional<Quantity> as = reported.reported(y.enterprise(), y.year(), field);
                    if (as.isPresent() && as.get().unit().dimension() != field.dimension()) {
                        throw new IllegalArgumentException(code + " " + y.year() + " " + field.column() + ": reported in "
                                + as.get().unit() + ", which does not measure " + field.dimension());
                    }
                    sink.row(code, y.year(), field.column(), value,
                            as.map(q -> column(y, field, q.value())).orElse(value),
                            as.map(q -> q.unit().name()).orElse(field.canonicalUnit().name()), batchId);
                    count++;
                }
            }
        }
        return count;
    }

    /** Every staged enterprise must name a known district, zone, park and 小类; else the batch fails with examples. */
    private void requireKnownReferences() {
        List<String> problems = database.jdbc().query("SELECT s.credit_code, "
                + "CASE WHEN s.district_code IN (SELECT code FROM region WHERE kind IN ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY')) "
                + "THEN NULL ELSE s.district_code END, "
                + "CASE WHEN s.zone_code IS NULL OR s.zone_code IN (SELECT code FROM region WHERE kind = 'FUNCTIONAL_ZONE') "
                + "THEN NULL ELSE s.zone_code END, "
                + "CASE WHEN s.park_code IS NULL OR s.park_code IN (SELECT code FROM park) THEN NULL ELSE s.park_code END, "
                + "CASE WHEN s.industry_code IN (SELECT code FROM industry_class WHERE level = 4) THEN NULL ELSE s.industry_code END "
                + "FROM enterprise_stage s", (rs, n) -> {
                    StringBuilder b = new StringBuilder();
                    String[] what = {"district", "zone", "park", "小类 industry code"};
                    for (int i = 0; i < what.length; i++) {
                        String unknown = rs.getString(i + 2);
                        if (unknown != null) {
                            b.append(b.isEmpty() ? "" : ", ").append("unknown ").append(what[i]).append(' ').append(unknown);
                        }
                    }
                    return b.isEmpty() ? null : rs.getString(1) + ": " + b;
                }).stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " enterprises name unknown reference codes (parks must be loaded "
                    + "first), e.g. " + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
    }

    private void requireKnownEnterprises(long batchId) {
        List<String> unknown = database.jdbc().queryForList("SELECT DISTINCT f.credit_code FROM fact f WHERE f.batch_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.credit_code = f.credit_code) ORDER BY f.credit_code",
                String.class, batchId);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(unknown.size() + " yearly records belong to no known enterprise, e.g. "
                    + unknown.subList(0, Math.min(5, unknown.size())));
        }
    }

    private static BigDecimal column(YearlyFacts y, FactField field, BigDecimal value) {
        try {
            return StoredDecimal.toColumn(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(y.enterprise() + " " + y.year() + " " + field.column() + ": " + e.getMessage(), e);
        }
    }

    private static void refuseDuplicates(Collection<Enterprise> enterprises, Collection<YearlyFacts> facts) {
        Set<CreditCode> codes = new HashSet<>();
        for (Enterprise e : enterprises) {
            if (!codes.add(e.creditCode())) {
                throw new IllegalArgumentException("enterprise " + e.creditCode() + " is listed twice in the batch");
            }
        }
        Set<String> keys = new HashSet<>();
        for (YearlyFacts y : facts) {
            if (!keys.add(y.enterprise().value() + "/" + y.year())) {
                throw new IllegalArgumentException("enterprise " + y.enterprise() + " has two records for " + y.year() + " in the batch");
            }
        }
    }
}
