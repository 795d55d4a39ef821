package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.batch.BatchStatus;
import io.muyield.store.cluster.ClusterCube;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes one batch in one transaction: the import_batch row, the enterprises (inserted or updated), the long-form
 * facts (each remembering this batch, as reported and canonical) and the merged enterprise_year rows of the keys it
 * touched. If any step fails nothing remains. Rows go in bulk (DuckDB Appender, PostgreSQL COPY) into temporary stage
 * tables, and set-based SQL takes them on from there (see {@link YearStage}).
 * Every enterprise must name a known district, functional zone, park and 小类 (load the park roster first), and every
 * yearly record must belong to an enterprise of the batch or one already stored.
 * The batch ids inside the given {@link FactValue}s are ignored: every fact written belongs to the new batch.
 */
public final class FactBatchWriter {

    static final List<String> ENTERPRISE_COLUMNS = List.of("credit_code", "name", "district_code", "zone_code", "park_code",
            "industry_code", "founded", "status", "batch_id");

    private final Database database;
    private final Clock clock;
    private final Consumer<String> afterStep;

    public FactBatchWriter(Database database) {
        this(database, Clock.systemDefaultZone(), step -> { });
    }

    /** With a clock for created_at, and a listener told after each step (batch, enterprises, stage, facts, refresh): a test seam. */
    FactBatchWriter(Database database, Clock clock, Consumer<String> afterStep) {
        this.database = database;
        this.clock = clock;
        this.afterStep = afterStep;
    }

    public WrittenBatch write(BatchDescription batch, Collection<Enterprise> enterprises, Collection<YearlyFacts> facts) {
        return write(batch, enterprises, facts, ReportedQuantities.CANONICAL);
    }

    /**
     * Writes the batch, with the values as the departments reported them where the reader knows them.
     *
     * @throws IllegalArgumentException for duplicate enterprises or yearly records, unknown reference codes or
     *                                  enterprises, or values beyond DECIMAL(24, 6); nothing is written then
     */
    public WrittenBatch write(BatchDescription batch, Collection<Enterprise> enterprises, Collection<YearlyFacts> facts,
                              ReportedQuantities reported) {
        long started = System.nanoTime();
        refuseDuplicates(enterprises);
        long[] factCount = {0};
        long id;
        // One batch at a time per database: DuckDB would fail a concurrent writer with a transaction conflict anyway.
        synchronized (database) {
            id = write(batch, enterprises, facts, reported, factCount);
        }
        return new WrittenBatch(id, enterprises.size(), facts.size(), factCount[0], Duration.ofNanos(System.nanoTime() - started));
    }

    private long write(BatchDescription batch, Collection<Enterprise> enterprises, Collection<YearlyFacts> facts,
                       ReportedQuantities reported, long[] factCount) {
        return database.inTransaction(() -> {
            try {
                long batchId = insertBatch(batch, enterprises.size(), facts.size());
                afterStep.accept("batch");
                Connection connection = DataSourceUtils.getConnection(database.dataSource());
                upsertEnterprises(database, connection, batchId, enterprises);
                afterStep.accept("enterprises");
                if (!facts.isEmpty()) {
                    stageYears(connection, facts, reported, batch.carriesScaleFlag());
                    afterStep.accept("stage");
                    factCount[0] = database.jdbc().update(YearStage.unpivotIntoFacts(), batchId);
                    afterStep.accept("facts");
                    database.jdbc().update(YearStage.mergeIntoYears(), batchId);
                    database.jdbc().execute(YearStage.drop());
                }
                ClusterCube.refresh(database, batchId, List.of());
                afterStep.accept("refresh");
                return batchId;
            } catch (SQLException e) {
                throw new IllegalStateException("writing batch of " + batch.source() + " failed: " + e.getMessage(), e);
            }
        });
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

    /**
     * Upserts the enterprises through a stage table, refusing unknown reference codes, keeping rows of a later year's
     * registration ({@link #keepNewerRegistrations}); part of the caller's transaction.
     */
    static void upsertEnterprises(Database database, Connection connection, long batchId, Collection<Enterprise> enterprises)
            throws SQLException {
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
        requireKnownReferences(database);
        keepNewerRegistrations(jdbc, batchId);
        String updates = ENTERPRISE_COLUMNS.stream().skip(1).map(c -> c + " = EXCLUDED." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        String columns = String.join(", ", ENTERPRISE_COLUMNS);
        jdbc.update("INSERT INTO enterprise (" + columns + ") SELECT " + columns + " FROM enterprise_stage "
                + "ON CONFLICT (credit_code) DO UPDATE SET " + updates);
        jdbc.execute("DROP TABLE enterprise_stage");
    }

    /**
     * Registration is year-aware: an enterprise whose row came from a batch of a later year keeps it, so that importing
     * an older year's registration file (a late delivery, a re-import of history) never overwrites newer names,
     * addresses, statuses or codes. Within one year the batch written last wins (a corrected file). Enterprises the
     * enterprise table does not hold yet are inserted whatever the year.
     */
    private static void keepNewerRegistrations(JdbcTemplate jdbc, long batchId) {
        jdbc.update("DELETE FROM enterprise_stage WHERE credit_code IN (SELECT e.credit_code FROM enterprise e "
                + "JOIN import_batch held ON held.id = e.batch_id JOIN import_batch incoming ON incoming.id = ? "
                + "WHERE held.year > incoming.year)", batchId);
    }

    /** Bulk-loads one wide row per record into the stage, then refuses duplicate keys and unknown enterprises. */
    private void stageYears(Connection connection, Collection<YearlyFacts> facts, ReportedQuantities reported,
                            boolean carriesScaleFlag) throws SQLException {
        JdbcTemplate jdbc = database.jdbc();
        jdbc.execute(YearStage.create());
        try (RowSink sink = RowSink.open(connection, database.dialect(), YearStage.TABLE, true, YearStage.columns())) {
            for (YearlyFacts y : facts) {
                sink.row(YearStage.row(y, reported, carriesScaleFlag));
            }
        }
        List<String> twice = jdbc.query(YearStage.duplicateKeys(), (rs, n) -> rs.getString(1) + " has two records for " + rs.getInt(2));
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("enterprise " + twice.get(0) + " in the batch"
                    + (twice.size() > 1 ? " (and " + (twice.size() - 1) + " more duplicate keys)" : ""));
        }
        List<String> unknown = jdbc.queryForList(YearStage.unknownEnterprises(), String.class);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(unknown.size() + " enterprises have yearly records but belong to no known enterprise, e.g. "
                    + unknown.subList(0, Math.min(5, unknown.size())));
        }
    }

    /** Every staged enterprise must name a known district, zone, park and 小类; else the batch fails with examples. */
    private static void requireKnownReferences(Database database) {
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

    static void refuseDuplicates(Collection<Enterprise> enterprises) {
        Set<CreditCode> codes = new HashSet<>();
        for (Enterprise e : enterprises) {
            if (!codes.add(e.creditCode())) {
                throw new IllegalArgumentException("enterprise " + e.creditCode() + " is listed twice in the batch");
            }
        }
    }
}
