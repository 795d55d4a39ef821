package io.muyield.store.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.AppliedAdjustment;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.LogEntry;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.store.Database;
import io.muyield.store.Dialect;
import io.muyield.store.bulk.BulkRows;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a finished run, whole, in one transaction: the header, the methodology log, the input snapshot and every
 * unit's results, rows in bulk (DuckDB Appender, PostgreSQL COPY). There is no update and no delete: a correction is
 * a new run (with the old one as its parent). The park of each enterprise is taken from the register as it stands.
 */
public final class RunWriter {

    static final List<String> RUN_COLUMNS = List.of("id", "scheme_id", "scheme_version", "scheme_title", "scheme_text", "scheme_sha256",
            "input_sha256", "engine_version", "fingerprint", "year", "created_by", "created_at", "status", "parent_run_id", "unit_count", "note");
    static final List<String> LOG_COLUMNS = List.of("run_id", "seq", "step", "subject", "summary");
    static final List<String> LOG_VALUE_COLUMNS = List.of("run_id", "seq", "position", "kind", "name", "value");
    static final List<String> INPUT_VALUE_COLUMNS = List.of("run_id", "credit_code", "name", "value");
    static final List<String> INPUT_MARK_COLUMNS = List.of("run_id", "credit_code", "kind", "name", "count");
    static final List<String> RESULT_COLUMNS = List.of("run_id", "row_no", "credit_code", "name", "district_code", "park_code",
            "industry_code", "category_id", "category_name", "status", "exemption_id", "exemption_name", "aggregate", "bonus", "deduction",
            "total", "class_before_veto", "class_label", "class_name", "rank_city", "rank_city_of", "rank_district", "rank_district_of",
            "rank_industry", "rank_industry_of", "marked", "landlord");
    static final List<String> INDICATOR_COLUMNS = List.of("run_id", "credit_code", "position", "peer_id", "raw", "value", "note",
            "benchmark", "benchmark_note", "normalised", "capped", "weight", "weighted");
    static final List<String> PEER_COLUMNS = List.of("run_id", "peer_id", "indicator_id", "dimension_id", "normaliser", "sign", "cap",
            "floor", "peer_min", "peer_max", "peer_mean", "peer_sd", "peer_count", "spec_low", "spec_high", "spec_scale", "spec_target",
            "sample_sd", "cap_at_target");
    static final List<String> DIMENSION_COLUMNS = List.of("run_id", "credit_code", "position", "dimension_id", "name_zh", "weight",
            "method", "score");
    static final List<String> ADJUSTMENT_COLUMNS = List.of("run_id", "credit_code", "position", "kind", "rule_id", "name_zh",
            "trigger_name", "occurrences", "points", "class_effect");

    private final Database database;
    private final Clock clock;
    private final java.util.function.Consumer<String> afterTable;

    public RunWriter(Database database) {
        this(database, Clock.systemDefaultZone(), table -> { });
    }

    /** With a clock for created_at and a listener told after each table is written: a test seam. */
    RunWriter(Database database, Clock clock, java.util.function.Consumer<String> afterTable) {
        this.database = database;
        this.clock = clock;
        this.afterTable = afterTable;
    }

    /** Stores the run and returns its header with the new id. Nothing remains if any step fails. */
    public StoredRun write(EvaluationRun run, RunRecord record) {
        Map<String, String> parks = new HashMap<>();
        database.jdbc().query("SELECT credit_code, park_code FROM enterprise WHERE park_code IS NOT NULL",
                rs -> {
                    parks.put(rs.getString(1), rs.getString(2));
                });
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        StoredRun stored = database.inTransaction(() -> {
            try {
                Long id = database.jdbc().queryForObject("SELECT nextval('evaluation_run_id_seq')", Long.class);
                StoredRun header = new StoredRun(id, run.schemeId(), run.schemeVersion(), run.results().scheme().title(), run.schemeText(),
                        run.schemeSha256(), run.inputSha256(), run.engineVersion(), run.fingerprint(), run.year(), record.createdBy(), now,
                        StoredRun.COMPLETE, record.parentRunId(), run.results().size(), record.note());
                String marks = String.join(", ", RUN_COLUMNS.stream().map(c -> "?").toList());
                database.jdbc().update("INSERT INTO evaluation_run (" + String.join(", ", RUN_COLUMNS) + ") VALUES (" + marks + ")",
                        header.id(), header.schemeId(), header.schemeVersion(), header.schemeTitle(), header.schemeText(), header.schemeSha256(),
                        header.inputSha256(), header.engineVersion(), header.fingerprint(), header.year(), header.createdBy(), header.createdAt(),
                        header.status(), header.parentRunId().orElse(null), header.unitCount(), header.note());
                Connection connection = DataSourceUtils.getConnection(database.dataSource());
                writeLog(connection, id, run);
                writeInput(connection, id, run.results().input());
                writeResults(connection, id, run.results(), parks);
                return header;
            } catch (SQLException e) {
                throw new IllegalStateException("storing the run of " + run.schemeId() + " failed: " + e.getMessage(), e);
            }
        });
        if (database.dialect() == Dialect.POSTGRESQL) {
            // A run adds rows by the hundred thousand at once; before autovacuum's next look the planner would still see
            // the tables as they were and join the league and results queries row by row (minutes instead of 0.1 s).
            database.jdbc().execute("ANALYZE evaluation_result, evaluation_result_indicator, evaluation_result_peers, "
                    + "evaluation_input_value, evaluation_input_mark, evaluation_result_dimension, evaluation_result_adjustment");
        }
        return stored;
    }

    /** Writes rows into one table; PostgreSQL allows one COPY at a time per connection, so tables go one after another. */
    private void table(Connection connection, String table, List<String> columns, RowSource source) throws SQLException {
        try (BulkRows rows = BulkRows.open(connection, database.dialect(), table, columns)) {
            source.write(rows);
        }
        afterTable.accept(table);
    }

    private interface RowSource {
        void write(BulkRows rows) throws SQLException;
    }

    private void writeLog(Connection connection, long id, EvaluationRun run) throws SQLException {
        table(connection, "evaluation_run_log", LOG_COLUMNS, log -> {
            for (LogEntry e : run.log().entries()) {
                log.row(id, e.sequence(), e.step(), e.subject(), e.summary());
            }
        });
        table(connection, "evaluation_run_log_value", LOG_VALUE_COLUMNS, values -> {
            for (LogEntry e : run.log().entries()) {
                int position = 0;
                for (Map.Entry<String, String> p : e.parameters().entrySet()) {
                    values.row(id, e.sequence(), position++, "P", p.getKey(), p.getValue());
                }
                for (Map.Entry<String, Long> c : e.counts().entrySet()) {
                    values.row(id, e.sequence(), position++, "C", c.getKey(), Long.toString(c.getValue()));
                }
            }
        });
    }

    private void writeInput(Connection connection, long id, EvaluationInput input) throws SQLException {
        List<String> columns = List.copyOf(input.columnNames());
        double[][] data = new double[columns.size()][];
        for (int c = 0; c < data.length; c++) {
            data[c] = input.column(columns.get(c)).orElseThrow();
        }
        table(connection, "evaluation_input_value", INPUT_VALUE_COLUMNS, values -> {
            for (int u = 0; u < input.size(); u++) {
                String code = input.id(u);
                for (int c = 0; c < data.length; c++) {
                    double v = data[c][u];
                    if (!Double.isNaN(v)) {
                        values.row(id, code, columns.get(c), v);
                    }
                }
            }
        });
        table(connection, "evaluation_input_mark", INPUT_MARK_COLUMNS, marks -> {
            for (int u = 0; u < input.size(); u++) {
                String code = input.id(u);
                for (String tag : input.tagsOf(u)) {
                    marks.row(id, code, "TAG", tag, 1);
                }
                for (Map.Entry<String, Integer> e : input.eventsOf(u).entrySet()) {
                    marks.row(id, code, "EVENT", e.getKey(), e.getValue());
                }
            }
        });
    }

    private void writeResults(Connection connection, long id, EvaluationResults results, Map<String, String> parks) throws SQLException {
        table(connection, "evaluation_result", RESULT_COLUMNS, rows -> {
            for (int u = 0; u < results.size(); u++) {
                UnitResult r = results.unit(u);
                var k = r.ranks();
                rows.row(id, r.row(), r.id(), r.name(), r.district(), parks.get(r.id()), r.industry(), r.categoryId(), r.categoryName(),
                        r.status().name(), r.exemptionId(), r.exemptionName(), r.aggregate(), r.bonus(), r.deduction(), r.total(),
                        r.classBeforeVeto(), r.classLabel(), r.classNameZh(), k.city(), k.cityOf(), k.district(), k.districtOf(),
                        k.industry(), k.industryOf(), r.marked(), r.landlordId());
            }
        });
        // How an indicator was normalised is shared by every enterprise of a peer group: each distinct set is numbered
        // once per run (exact equality of the record: NaN equals NaN, 0.0 differs from -0.0), stored once.
        Map<Normalisation, Integer> peerIds = new LinkedHashMap<>();
        table(connection, "evaluation_result_indicator", INDICATOR_COLUMNS, indicators -> {
            for (int u = 0; u < results.size(); u++) {
                UnitResult r = results.unit(u);
                int position = 0;
                for (IndicatorResult i : r.indicators()) {
                    Normalisation set = new Normalisation(i.indicatorId(), i.dimensionId(), i.normaliser().name(), i.sign(), i.cap(),
                            i.floor(), i.peers());
                    Integer peerId = peerIds.computeIfAbsent(set, k -> peerIds.size());
                    indicators.row(id, r.id(), position++, peerId, i.raw(), i.value(), i.note().name(), i.benchmark(),
                            i.benchmarkNote(), i.normalised(), i.capped(), i.weight(), i.weighted());
                }
            }
        });
        table(connection, "evaluation_result_peers", PEER_COLUMNS, sets -> {
            for (Map.Entry<Normalisation, Integer> e : peerIds.entrySet()) {
                Normalisation n = e.getKey();
                var p = n.peers();
                sets.row(id, e.getValue(), n.indicatorId(), n.dimensionId(), n.normaliser(), n.sign(), n.cap(), n.floor(), p.min(),
                        p.max(), p.mean(), p.sd(), p.count(), p.low(), p.high(), p.scale(), p.target(), p.sampleSd(), p.capAtTarget());
            }
        });
        table(connection, "evaluation_result_dimension", DIMENSION_COLUMNS, dimensions -> {
            for (int u = 0; u < results.size(); u++) {
                UnitResult r = results.unit(u);
                int position = 0;
                for (UnitResult.DimensionScore d : r.dimensions()) {
                    dimensions.row(id, r.id(), position++, d.id(), d.nameZh(), d.weight(), d.method(), d.score());
                }
            }
        });
        table(connection, "evaluation_result_adjustment", ADJUSTMENT_COLUMNS, adjustments -> {
            for (int u = 0; u < results.size(); u++) {
                UnitResult r = results.unit(u);
                int position = 0;
                for (AppliedAdjustment a : r.adjustments()) {
                    adjustments.row(id, r.id(), position++, a.kind().name(), a.ruleId(), a.nameZh(), a.trigger(), a.occurrences(),
                            a.points(), a.classEffect());
                }
            }
        });
    }

    /** The part of an indicator result that is the same across its peer group (a row of evaluation_result_peers). */
    private record Normalisation(String indicatorId, String dimensionId, String normaliser, int sign, double cap, double floor,
                                 IndicatorResult.Peers peers) {
    }
}
