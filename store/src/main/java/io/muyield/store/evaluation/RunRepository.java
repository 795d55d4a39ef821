package io.muyield.store.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.AppliedAdjustment;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.MethodologyLog;
import io.muyield.core.evaluation.run.Ranks;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.core.evaluation.run.ValueNote;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;
import io.muyield.core.evaluation.scheme.NormaliserKind;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static io.muyield.store.evaluation.ResultSql.FROM;
import static io.muyield.store.evaluation.ResultSql.dbl;
import static io.muyield.store.evaluation.ResultSql.where;

/**
 * Reads stored runs and rebuilds the engine's objects from them: the runs, a run's scheme, methodology log and input,
 * the run computed again, and one enterprise's full result. The read of a result takes the caller's data scope (a
 * {@link Condition} over {@code enterprise e}, joined by credit code) and ANDs it in. Read only: runs are never changed.
 * The results lists are read by {@link ResultRepository}, the league figures by {@link GroupFigureRepository}.
 */
public final class RunRepository {

    private static final String RUN_COLUMNS = String.join(", ", RunWriter.RUN_COLUMNS);

    private final Database database;
    private final Map<Long, Scheme> schemes = new ConcurrentHashMap<>();

    public RunRepository(Database database) {
        this.database = database;
    }

    /** Every run, newest first. */
    public List<StoredRun> runs() {
        return database.jdbc().query("SELECT " + RUN_COLUMNS + " FROM evaluation_run ORDER BY id DESC", (rs, n) -> run(rs));
    }

    public Optional<StoredRun> run(long id) {
        return database.jdbc().query("SELECT " + RUN_COLUMNS + " FROM evaluation_run WHERE id = ?", (rs, n) -> run(rs), id)
                .stream().findFirst();
    }

    /** The latest run of the same scheme over the data year before, if any (for year-on-year movement). */
    public Optional<StoredRun> previousYear(StoredRun run) {
        return database.jdbc().query("SELECT " + RUN_COLUMNS + " FROM evaluation_run WHERE scheme_id = ? AND year = ? ORDER BY id DESC LIMIT 1",
                (rs, n) -> run(rs), run.schemeId(), run.year() - 1).stream().findFirst();
    }

    /** The scheme of a run, loaded from its stored text. */
    public Scheme scheme(StoredRun run) {
        return schemes.computeIfAbsent(run.id(), id -> SchemeLoader.load(run.schemeText(), run.schemeId() + ".yaml"));
    }

    /** The full result of one enterprise of the run, as the engine gave it, if it is in the run and within the scope. */
    public Optional<UnitResult> unit(long runId, String creditCode, Condition scope) {
        StoredRun run = run(runId).orElse(null);
        if (run == null) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        String where = where(runId, ResultFilter.ALL, scope, params) + " AND r.credit_code = ?";
        params.add(creditCode);
        List<UnitResult> found = database.jdbc().query("SELECT r.*" + FROM + where, (rs, n) -> unitHead(rs), params.toArray());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitResult head = found.get(0);
        Scheme scheme = scheme(run);
        List<IndicatorResult> indicators = database.jdbc().query("SELECT i.raw, i.value, i.note, i.benchmark, "
                + "i.benchmark_note, i.normalised, i.capped, i.weight, i.weighted, p.indicator_id, p.dimension_id, p.normaliser, p.sign, "
                + "p.cap, p.floor, p.peer_min, p.peer_max, p.peer_mean, p.peer_sd, p.peer_count, p.spec_low, p.spec_high, p.spec_scale, "
                + "p.spec_target, p.sample_sd, p.cap_at_target "
                + "FROM evaluation_result_indicator i JOIN evaluation_result_peers p ON p.run_id = i.run_id AND p.peer_id = i.peer_id "
                + "WHERE i.run_id = ? AND i.credit_code = ? ORDER BY i.position", (rs, n) -> indicator(rs, scheme), runId, creditCode);
        List<UnitResult.DimensionScore> dimensions = database.jdbc().query("SELECT * FROM evaluation_result_dimension WHERE run_id = ? "
                        + "AND credit_code = ? ORDER BY position", (rs, n) -> new UnitResult.DimensionScore(rs.getString("dimension_id"),
                        rs.getString("name_zh"), dbl(rs, "weight"), rs.getString("method"), dbl(rs, "score")), runId, creditCode);
        List<AppliedAdjustment> adjustments = database.jdbc().query("SELECT * FROM evaluation_result_adjustment WHERE run_id = ? "
                        + "AND credit_code = ? ORDER BY position", (rs, n) -> new AppliedAdjustment(AppliedAdjustment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("rule_id"), rs.getString("name_zh"), rs.getString("trigger_name"), rs.getInt("occurrences"), dbl(rs, "points"),
                        rs.getString("class_effect")), runId, creditCode);
        TreeSet<String> tags = new TreeSet<>(database.jdbc().queryForList("SELECT name FROM evaluation_input_mark WHERE run_id = ? "
                + "AND credit_code = ? AND kind = 'TAG'", String.class, runId, creditCode));
        return Optional.of(new UnitResult(head.row(), head.id(), head.name(), head.district(), head.industry(), head.categoryId(),
                head.categoryName(), head.status(), head.exemptionId(), head.exemptionName(), indicators, dimensions, head.aggregate(),
                adjustments, head.bonus(), head.deduction(), head.total(), head.classBeforeVeto(), head.classLabel(), head.classNameZh(),
                head.ranks(), head.marked(), head.landlordId(), tags));
    }

    /** The run's methodology log as it was written. */
    public MethodologyLog log(long runId) {
        Map<Integer, List<String[]>> values = new HashMap<>();
        database.jdbc().query("SELECT seq, kind, name, value FROM evaluation_run_log_value WHERE run_id = ? ORDER BY seq, position",
                rs -> {
                    values.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
                }, runId);
        MethodologyLog log = new MethodologyLog();
        database.jdbc().query("SELECT seq, step, subject, summary FROM evaluation_run_log WHERE run_id = ? ORDER BY seq", rs -> {
            MethodologyLog.Entry entry = log.entry(rs.getString(2), rs.getString(3));
            for (String[] v : values.getOrDefault(rs.getInt(1), List.of())) {
                if (v[0].equals("P")) {
                    entry.parameter(v[1], v[2]);
                } else {
                    entry.count(v[1], Long.parseLong(v[2]));
                }
            }
            entry.add(rs.getString(4));
        }, runId);
        return log;
    }

    /**
     * The input the run evaluated, rebuilt from its snapshot.
     *
     * @throws IllegalStateException when the rebuilt input does not hash to the run's input hash
     */
    public EvaluationInput input(StoredRun run) {
        long runId = run.id();
        int n = run.unitCount();
        String[] ids = new String[n], names = new String[n], districts = new String[n], industries = new String[n], landlords = new String[n];
        Map<String, Integer> rowOf = new HashMap<>(n * 2);
        database.jdbc().query("SELECT row_no, credit_code, name, district_code, industry_code, landlord FROM evaluation_result WHERE run_id = ?",
                rs -> {
                    int row = rs.getInt(1);
                    ids[row] = rs.getString(2);
                    names[row] = rs.getString(3);
                    districts[row] = rs.getString(4);
                    industries[row] = rs.getString(5);
                    String landlord = rs.getString(6);
                    landlords[row] = landlord.isEmpty() ? null : landlord;
                    rowOf.put(ids[row], row);
                }, runId);
        Map<String, double[]> columns = new TreeMap<>();
        database.jdbc().query("SELECT credit_code, name, value FROM evaluation_input_value WHERE run_id = ?", rs -> {
            double[] column = columns.computeIfAbsent(rs.getString(2), k -> {
                double[] c = new double[n];
                Arrays.fill(c, Double.NaN);
                return c;
            });
            column[rowOf.get(rs.getString(1))] = rs.getDouble(3);
        }, runId);
        Map<String, boolean[]> tags = new TreeMap<>();
        Map<String, int[]> events = new TreeMap<>();
        database.jdbc().query("SELECT credit_code, kind, name, count FROM evaluation_input_mark WHERE run_id = ?", rs -> {
            int row = rowOf.get(rs.getString(1));
            if (rs.getString(2).equals("TAG")) {
                tags.computeIfAbsent(rs.getString(3), k -> new boolean[n])[row] = true;
            } else {
                events.computeIfAbsent(rs.getString(3), k -> new int[n])[row] = rs.getInt(4);
            }
        }, runId);
        EvaluationInput input = EvaluationInput.ofColumns(run.year(), ids, names, districts, industries, columns, tags, events, landlords);
        if (!input.snapshotSha256().equals(run.inputSha256())) {
            throw new IllegalStateException("the stored input of run " + runId + " does not hash to the run's input hash");
        }
        return input;
    }

    /**
     * The run computed again from its stored scheme text and input: the engine's full results, as Explanation,
     * ClassLift and WhatIf need them.
     *
     * @throws IllegalStateException when the recomputation has another fingerprint (e.g. a newer engine version)
     */
    public EvaluationRun recreate(StoredRun run) {
        EvaluationRun again = EvaluationEngine.run(scheme(run), input(run));
        if (!again.fingerprint().equals(run.fingerprint())) {
            throw new IllegalStateException("run " + run.id() + " was computed by " + run.engineVersion() + "; this engine ("
                    + again.engineVersion() + ") cannot recompute it exactly");
        }
        return again;
    }

    private static StoredRun run(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_run_id");
        Optional<Long> parentId = rs.wasNull() ? Optional.empty() : Optional.of(parent);
        String note = rs.getString("note");
        return new StoredRun(rs.getLong("id"), rs.getString("scheme_id"), rs.getInt("scheme_version"), rs.getString("scheme_title"),
                rs.getString("scheme_text"), rs.getString("scheme_sha256"), rs.getString("input_sha256"), rs.getString("engine_version"),
                rs.getString("fingerprint"), rs.getInt("year"), rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("status"), parentId, rs.getInt("unit_count"), note == null ? "" : note);
    }

    private static UnitResult unitHead(ResultSet rs) throws SQLException {
        Ranks ranks = rs.getInt("rank_city") == 0 ? Ranks.NONE : new Ranks(rs.getInt("rank_city"), rs.getInt("rank_city_of"),
                rs.getInt("rank_district"), rs.getInt("rank_district_of"), rs.getInt("rank_industry"), rs.getInt("rank_industry_of"));
        return new UnitResult(rs.getInt("row_no"), rs.getString("credit_code"), rs.getString("name"), rs.getString("district_code"),
                rs.getString("industry_code"), rs.getString("category_id"), rs.getString("category_name"), UnitStatus.valueOf(rs.getString("status")),
                rs.getString("exemption_id"), rs.getString("exemption_name"), List.of(), List.of(), dbl(rs, "aggregate"), List.of(),
                dbl(rs, "bonus"), dbl(rs, "deduction"), dbl(rs, "total"), rs.getString("class_before_veto"), rs.getString("class_label"),
                rs.getString("class_name"), ranks, rs.getBoolean("marked"), rs.getString("landlord"), java.util.Set.of());
    }

    private static IndicatorResult indicator(ResultSet rs, Scheme scheme) throws SQLException {
        String id = rs.getString("indicator_id");
        IndicatorDefinition d = scheme.indicator(id).orElseThrow(() -> new IllegalStateException("indicator " + id + " is not in the run's scheme"));
        var peers = new IndicatorResult.Peers(dbl(rs, "peer_min"), dbl(rs, "peer_max"), dbl(rs, "peer_mean"), dbl(rs, "peer_sd"),
                rs.getInt("peer_count"), dbl(rs, "spec_low"), dbl(rs, "spec_high"), dbl(rs, "spec_scale"), dbl(rs, "spec_target"),
                rs.getBoolean("sample_sd"), rs.getBoolean("cap_at_target"));
        return new IndicatorResult(id, d.nameZh(), d.nameEn(), d.unit(), d.formulaText(), rs.getString("dimension_id"), dbl(rs, "raw"),
                dbl(rs, "value"), ValueNote.valueOf(rs.getString("note")), dbl(rs, "benchmark"), rs.getString("benchmark_note"),
                NormaliserKind.valueOf(rs.getString("normaliser")), rs.getInt("sign"), dbl(rs, "normalised"), dbl(rs, "cap"), dbl(rs, "floor"),
                dbl(rs, "capped"), dbl(rs, "weight"), dbl(rs, "weighted"), peers);
    }

}
