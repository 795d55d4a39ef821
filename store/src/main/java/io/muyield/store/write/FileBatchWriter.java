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
import io.muyield.store.batch.RejectedRow;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes one department file as one import batch, inside the caller's transaction (so that several files, a whole
 * import, commit together or not at all). The yearly records stream straight into the long-form {@code fact} table under
 * the batch id while the file is read ({@link Open#add}; DuckDB Appender / PostgreSQL COPY, one row per figure);
 * {@link Open#finish} then records the batch (source, profile, year, file, SHA-256, who, row
 * counts), upserts the enterprises a registration file brings, refuses duplicate or unregistered records, stores leases in {@code land_lease}
 * and reported events (counts, e.g. environmental violations) in {@code enterprise_event}, supersedes the ACTIVE batch of the same profile and year (its facts stay,
 * marked SUPERSEDED, superseded_by the new one) and recomputes {@code enterprise_year} for every key either batch
 * touches (rows deleted and inserted anew): per field the ACTIVE batch ranked first by the {@link FieldPriority}, own
 * land less the land leased out under ACTIVE leases (never below zero), land used = own + leased. A key no ACTIVE batch
 * reports any more loses its row; an enterprise has a year row once a department reports a figure for it.
 *
 * <pre>
 * database.inTransaction(() -> {
 *     try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
 *         records.forEach(r -> open.add(facts(r), reported(r)));
 *         return open.finish(batch, enterprises, leases);
 *     }
 * });
 * </pre>
 */
public final class FileBatchWriter {

    private static final List<String> FACT_COLUMNS = List.of("credit_code", "year", "field", "value", "reported_value", "reported_unit",
            "batch_id");
    private static final BigDecimal ONE = StoredDecimal.toColumn(BigDecimal.ONE);
    private static final BigDecimal ZERO = StoredDecimal.toColumn(BigDecimal.ZERO);

    private static BigDecimal column(YearlyFacts y, FactField field, BigDecimal value) {
        try {
            return StoredDecimal.toColumn(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(y.enterprise() + " " + y.year() + " " + field.column() + ": " + e.getMessage(), e);
        }
    }

    private static final List<String> LEASE_COLUMNS = List.of("batch_id", "year", "landlord", "tenant", "area_mu", "lease_start",
            "lease_end", "source_row");

    private static final List<String> REJECTION_COLUMNS = List.of("batch_id", "position", "sheet", "row_number", "header", "cells",
            "issues");

    /** What the batch is: ids, file, who, and the counts the reader kept. {@code source} is a Source key or e.g. demo. */
    public record FileBatch(long id, String source, String profile, int year, String fileName, String fileHash, String createdBy,
                            long rowsRead, long rowsAccepted, long rowsRejected, boolean carriesScaleFlag) {
        public FileBatch {
            Objects.requireNonNull(source);
            Objects.requireNonNull(profile);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(fileHash);
            Objects.requireNonNull(createdBy);
        }
    }

    /** One lease of a land_leases file, area in 亩; row = the file row it came from. */
    public record LeaseRow(CreditCode landlord, CreditCode tenant, BigDecimal areaMu, Optional<LocalDate> start,
                           Optional<LocalDate> end, int row) {
        public LeaseRow {
            Objects.requireNonNull(landlord);
            Objects.requireNonNull(tenant);
            Objects.requireNonNull(areaMu);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
        }
    }

    /**
     * An event a file reports about an enterprise in the batch's year, with its count (0 = reported none): e.g. kind
     * {@code environmental_violation} from the environment file's 环境违法次数. Stored in {@code enterprise_event}.
     */
    public record EventRow(CreditCode enterprise, String kind, int count) {
        public EventRow {
            Objects.requireNonNull(enterprise);
            Objects.requireNonNull(kind);
            if (kind.isBlank() || count < 0) {
                throw new IllegalArgumentException("event " + kind + " of " + enterprise + ": count " + count);
            }
        }
    }

    private static final List<String> EVENT_COLUMNS = List.of("batch_id", "year", "credit_code", "kind", "event_count");

    /** What a file's batch stored: the batch id, the batches it superseded, long-form facts, enterprises and leases. */
    public record StoredFile(long batchId, List<Long> superseded, long facts, int yearlyRecords, int enterprises, int leases) {
        public StoredFile {
            superseded = List.copyOf(superseded);
        }
    }

    private final Database database;
    private final FieldPriority priority;
    private final Clock clock;
    private final Consumer<String> afterStep;

    public FileBatchWriter(Database database, FieldPriority priority) {
        this(database, priority, Clock.systemDefaultZone(), step -> { });
    }

    /** With a clock for created_at and a listener told after each step of {@link Open#finish}: a test seam. */
    public FileBatchWriter(Database database, FieldPriority priority, Clock clock, Consumer<String> afterStep) {
        this.database = Objects.requireNonNull(database);
        this.priority = Objects.requireNonNull(priority);
        this.clock = Objects.requireNonNull(clock);
        this.afterStep = Objects.requireNonNull(afterStep);
    }

    /** A new batch id from the sequence (the records read carry it before the batch row exists). */
    public long reserveId() {
        Long id = database.jdbc().queryForObject("SELECT nextval('import_batch_id_seq')", Long.class);
        return Objects.requireNonNull(id);
    }

    /**
     * Starts staging a batch's yearly records; call inside {@link Database#inTransaction}. The records are appended by a
     * second thread while the caller reads on (see {@link io.muyield.store.bulk.PipelinedRows}), so the caller must not
     * use the transaction's connection until {@link Open#finish} or {@link Open#close}.
     */
    public Open open(long batchId) {
        try {
            Connection connection = DataSourceUtils.getConnection(database.dataSource());
            return new Open(batchId, connection, RowSink.pipelined(connection, database.dialect(), "fact", FACT_COLUMNS));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage batch " + batchId + ": " + e.getMessage(), e);
        }
    }

    /** A batch being staged. Close it (try-with-resources); an unfinished batch leaves the transaction to roll back. */
    public final class Open implements AutoCloseable {

        private final long batchId;
        private final Connection connection;
        private RowSink sink;
        private int staged;
        private long factRows;
        private boolean finished;

        private Open(long batchId, Connection connection, RowSink sink) {
            this.batchId = batchId;
            this.connection = connection;
            this.sink = sink;
        }

        public long batchId() {
            return batchId;
        }

        /** Stages one yearly record (its batch ids are ignored: everything belongs to this batch). */
        public void add(YearlyFacts facts, ReportedQuantities reported, boolean carriesScaleFlag) {
            try {
                if (carriesScaleFlag) {
                    BigDecimal flag = facts.aboveScale() ? ONE : ZERO;
                    sink.row(facts.enterprise().value(), facts.year(), EnterpriseYearRefresh.ABOVE_SCALE, flag, flag, null, batchId);
                    factRows++;
                }
                for (Map.Entry<FactField, FactValue> e : facts.values().entrySet()) {
                    FactField field = e.getKey();
                    BigDecimal value = column(facts, field, e.getValue().value());
                    Optional<Quantity> as = reported.reported(facts.enterprise(), facts.year(), field);
                    if (as.isPresent() && as.get().unit().dimension() != field.dimension()) {
                        throw new IllegalArgumentException(facts.enterprise() + " " + facts.year() + " " + field.column() + ": reported in "
                                + as.get().unit() + ", which does not measure " + field.dimension());
                    }
                    sink.row(facts.enterprise().value(), facts.year(), field.column(), value,
                            as.isPresent() ? column(facts, field, as.get().value()) : value,
                            as.isPresent() ? as.get().unit().name() : field.canonicalUnit().name(), batchId);
                    factRows++;
                }
                staged++;
            } catch (SQLException e) {
                throw new IllegalStateException("staging batch " + batchId + " failed: " + e.getMessage(), e);
            }
        }

        public int staged() {
            return staged;
        }

        /**
         * Writes the batch as described.
         *
         * @throws IllegalArgumentException for two records of one enterprise, records of unknown enterprises, enterprises
         *                                  naming unknown reference codes; the transaction must then roll back
         */
        public StoredFile finish(FileBatch batch, Collection<Enterprise> enterprises, Collection<LeaseRow> leases) {
            return finish(batch, enterprises, leases, List.of());
        }

        /** Writes the batch as described, with the rows the reader refused (kept for the batch page and workbook). */
        public StoredFile finish(FileBatch batch, Collection<Enterprise> enterprises, Collection<LeaseRow> leases,
                                 Collection<RejectedRow> rejected) {
            return finish(batch, enterprises, leases, rejected, List.of());
        }

        /**
         * Writes the batch as described, with the refused rows and the events the file reports (one per enterprise and
         * kind; events of an unregistered enterprise refuse the batch like its facts would).
         */
        public StoredFile finish(FileBatch batch, Collection<Enterprise> enterprises, Collection<LeaseRow> leases,
                                 Collection<RejectedRow> rejected, Collection<EventRow> events) {
            if (batch.id() != batchId) {
                throw new IllegalArgumentException("batch " + batch.id() + " is not the one staged (" + batchId + ")");
            }
            synchronized (database) {
                try {
                    return write(batch, enterprises, leases, rejected, events);
                } catch (SQLException e) {
                    throw new IllegalStateException("writing batch " + batchId + " (" + batch.fileName() + ") failed: " + e.getMessage(), e);
                } finally {
                    finished = true;
                }
            }
        }

        private StoredFile write(FileBatch batch, Collection<Enterprise> enterprises, Collection<LeaseRow> leases,
                                 Collection<RejectedRow> rejected, Collection<EventRow> events) throws SQLException {
            sink.close();
            sink = null;
            var jdbc = database.jdbc();
            jdbc.update("INSERT INTO import_batch (id, source, year, file_name, file_hash, created_at, created_by, rows_read, "
                            + "rows_accepted, rows_rejected, status, superseded_by, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                    batchId, batch.source(), batch.year(), batch.fileName(), batch.fileHash(),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), batch.createdBy(), batch.rowsRead(), batch.rowsAccepted(),
                    batch.rowsRejected(), BatchStatus.ACTIVE.name(), batch.profile());
            afterStep.accept("batch");
            FactBatchWriter.refuseDuplicates(enterprises);
            FactBatchWriter.upsertEnterprises(database, connection, batchId, enterprises);
            afterStep.accept("enterprises");
            List<String> twice = jdbc.query("SELECT credit_code, year, field FROM fact WHERE batch_id = ? GROUP BY credit_code, year, field "
                    + "HAVING COUNT(*) > 1 ORDER BY credit_code, year, field LIMIT 2", (rs, n) -> rs.getString(1) + " " + rs.getInt(2)
                    + " " + rs.getString(3), batchId);
            if (!twice.isEmpty()) {
                throw new IllegalArgumentException("two records for " + twice.get(0) + " in " + batch.fileName()
                        + (twice.size() > 1 ? " (and more)" : ""));
            }
            List<String> unknown = jdbc.queryForList("SELECT DISTINCT f.credit_code FROM fact f WHERE f.batch_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM enterprise e WHERE e.credit_code = f.credit_code) ORDER BY f.credit_code LIMIT 5", String.class, batchId);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("enterprises of " + batch.fileName() + " are not registered, e.g. " + unknown);
            }
            long facts = factRows;
            afterStep.accept("facts");
            if (!leases.isEmpty()) {
                try (RowSink l = RowSink.open(connection, database.dialect(), "land_lease", false, LEASE_COLUMNS)) {
                    for (LeaseRow r : leases) {
                        l.row(batchId, batch.year(), r.landlord().value(), r.tenant().value(), StoredDecimal.toColumn(r.areaMu()),
                                r.start().orElse(null), r.end().orElse(null), r.row());
                    }
                }
            }
            if (!events.isEmpty()) {
                Set<String> seen = new HashSet<>();
                for (EventRow e : events) {
                    if (!seen.add(e.enterprise().value() + " " + e.kind())) {
                        throw new IllegalArgumentException("two " + e.kind() + " counts for " + e.enterprise() + " in " + batch.fileName());
                    }
                }
                try (RowSink sinkOfEvents = RowSink.open(connection, database.dialect(), "enterprise_event", false, EVENT_COLUMNS)) {
                    for (EventRow e : events) {
                        sinkOfEvents.row(batchId, batch.year(), e.enterprise().value(), e.kind(), e.count());
                    }
                }
                List<String> strangers = jdbc.queryForList("SELECT DISTINCT v.credit_code FROM enterprise_event v WHERE v.batch_id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.credit_code = v.credit_code) ORDER BY v.credit_code LIMIT 5",
                        String.class, batchId);
                if (!strangers.isEmpty()) {
                    throw new IllegalArgumentException("enterprises of " + batch.fileName() + " are not registered, e.g. " + strangers);
                }
            }
            if (!rejected.isEmpty()) {
                try (RowSink r = RowSink.open(connection, database.dialect(), "import_rejection", false, REJECTION_COLUMNS)) {
                    int position = 0;
                    for (RejectedRow row : rejected) {
                        r.row(batchId, position++, row.sheet(), row.row(), row.encodedHeader(), row.encodedCells(), row.encodedReasons());
                    }
                }
            }
            List<Long> superseded = jdbc.queryForList("SELECT id FROM import_batch WHERE profile = ? AND year = ? AND status = ? "
                    + "AND id <> ? ORDER BY id", Long.class, batch.profile(), batch.year(), BatchStatus.ACTIVE.name(), batchId);
            if (!superseded.isEmpty()) {
                jdbc.update("UPDATE import_batch SET status = ?, superseded_by = ? WHERE id IN (" + placeholders(superseded.size()) + ")",
                        concat(BatchStatus.SUPERSEDED.name(), batchId, superseded));
            }
            afterStep.accept("supersede");
            refresh(batchId, superseded);
            afterStep.accept("refresh");
            return new StoredFile(batchId, superseded, facts, staged, enterprises.size(), leases.size());
        }

        @Override
        public void close() {
            if (!finished && sink != null) {
                try {
                    sink.close();
                } catch (SQLException ignored) {
                    // the transaction rolls back; the stage goes with it
                }
            }
        }
    }

    /** Recomputes enterprise_year for every key of the given batches (facts, landlords and tenants of their leases). */
    private void refresh(long batchId, List<Long> superseded) {
        var jdbc = database.jdbc();
        List<Long> batches = new ArrayList<>(superseded);
        batches.add(batchId);
        String in = "(" + placeholders(batches.size()) + ")";
        Object[] ids = batches.toArray();
        Object[] thrice = new Object[ids.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(ids, 0, thrice, i * ids.length, ids.length);
        }
        jdbc.execute("CREATE TEMPORARY TABLE refresh_key (credit_code VARCHAR NOT NULL, year INTEGER NOT NULL)");
        jdbc.update("INSERT INTO refresh_key (credit_code, year) SELECT credit_code, year FROM fact WHERE batch_id IN " + in
                + " UNION SELECT landlord, year FROM land_lease WHERE batch_id IN " + in
                + " UNION SELECT tenant, year FROM land_lease WHERE batch_id IN " + in, thrice);
        afterStep.accept("refresh-keys");
        jdbc.update(EnterpriseYearRefresh.deleteKeys());
        afterStep.accept("refresh-delete");
        Set<String> present = EnterpriseYearRefresh.knownFields(jdbc.queryForList(EnterpriseYearRefresh.presentFields(), String.class));
        afterStep.accept("refresh-fields");
        jdbc.update(EnterpriseYearRefresh.rebuild(priority, present));
        jdbc.execute("DROP TABLE refresh_key");
    }

    private static String placeholders(int n) {
        return Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "));
    }

    private static Object[] concat(Object a, Object b, List<Long> rest) {
        List<Object> all = new ArrayList<>(List.of(a, b));
        all.addAll(rest);
        return all.toArray();
    }
}
