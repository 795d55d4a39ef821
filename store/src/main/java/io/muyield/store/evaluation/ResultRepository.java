package io.muyield.store.evaluation;

import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static io.muyield.store.evaluation.ResultSql.FROM;
import static io.muyield.store.evaluation.ResultSql.dbl;
import static io.muyield.store.evaluation.ResultSql.where;

/**
 * Reads the per-enterprise results of stored runs: pages, streams, class counts, credit codes and peer values. Every
 * read takes the caller's data scope (a {@link Condition} over {@code enterprise e}, joined by credit code) and ANDs it
 * in. Read only: runs are never changed.
 */
public final class ResultRepository {

    /** The largest page size served. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final String ROW_COLUMNS = "r.credit_code, r.name, r.district_code, r.park_code, r.industry_code, r.category_id, "
            + "r.category_name, r.status, r.aggregate, r.bonus, r.deduction, r.total, r.class_label, r.class_name, r.rank_city, "
            + "r.rank_city_of, r.rank_district, r.rank_district_of, r.rank_industry, r.rank_industry_of";
    private static final String ORDER = " ORDER BY CASE WHEN r.rank_city = 0 THEN 1 ELSE 0 END, r.category_id, r.rank_city, r.credit_code";

    private final Database database;

    public ResultRepository(Database database) {
        this.database = database;
    }

    /** One page (from 0) of the run's results that match the filter within the scope, in rank order (unranked last). */
    public ResultPage results(long runId, ResultFilter filter, Condition scope, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE + ", got page " + page + " size " + size);
        }
        List<Object> params = new ArrayList<>();
        String where = where(runId, filter, scope, params);
        Long total = database.jdbc().queryForObject("SELECT COUNT(*)" + FROM + where, Long.class, params.toArray());
        params.add(size);
        params.add((long) page * size);
        List<ResultRow> rows = database.jdbc().query("SELECT " + ROW_COLUMNS + FROM + where + ORDER + " LIMIT ? OFFSET ?",
                (rs, n) -> row(rs), params.toArray());
        return new ResultPage(rows, total == null ? 0 : total, page, size);
    }

    /** Every matching result in rank order, streamed (for exports: memory does not grow with the run). */
    public void forEachResult(long runId, ResultFilter filter, Condition scope, Consumer<ResultRow> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(runId, filter, scope, params);
        stream("SELECT " + ROW_COLUMNS + FROM + where + ORDER, params, rs -> {
            sink.accept(row(rs));
        });
    }

    /**
     * Every matching result in rank order with the value and weighted part of each of the given indicators, streamed
     * (the full export).
     */
    public void forEachResultLine(long runId, ResultFilter filter, Condition scope, List<String> indicatorIds, Consumer<ResultLine> sink) {
        List<Object> params = new ArrayList<>();
        StringBuilder pivot = new StringBuilder("SELECT i.credit_code");
        for (int k = 0; k < indicatorIds.size(); k++) {
            pivot.append(", MAX(CASE WHEN p.indicator_id = ? THEN i.value END) AS v").append(k)
                    .append(", MAX(CASE WHEN p.indicator_id = ? THEN i.weighted END) AS w").append(k);
            params.add(indicatorIds.get(k));
            params.add(indicatorIds.get(k));
        }
        pivot.append(" FROM evaluation_result_indicator i JOIN evaluation_result_peers p ON p.run_id = i.run_id AND p.peer_id = i.peer_id "
                + "WHERE i.run_id = ? GROUP BY i.credit_code");
        params.add(runId);
        String where = where(runId, filter, scope, params);
        StringBuilder picked = new StringBuilder();
        for (int k = 0; k < indicatorIds.size(); k++) {
            picked.append(", iv.v").append(k).append(", iv.w").append(k);
        }
        String sql = "SELECT " + ROW_COLUMNS + picked + FROM.replace(" WHERE ",
                " LEFT JOIN (" + pivot + ") iv ON iv.credit_code = r.credit_code WHERE ") + where + ORDER;
        int n = indicatorIds.size();
        stream(sql, params, rs -> {
            double[] values = new double[n];
            double[] weighted = new double[n];
            for (int k = 0; k < n; k++) {
                values[k] = dbl(rs, "v" + k);
                weighted[k] = dbl(rs, "w" + k);
            }
            sink.accept(new ResultLine(row(rs), values, weighted));
        });
    }

    /** How many matching results each class holds ("" = no class), in label order. */
    public Map<String, Long> classCounts(long runId, ResultFilter filter, Condition scope) {
        List<Object> params = new ArrayList<>();
        String where = where(runId, filter, scope, params);
        Map<String, Long> counts = new TreeMap<>();
        database.jdbc().query("SELECT r.class_label, COUNT(*)" + FROM + where + " GROUP BY r.class_label",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, params.toArray());
        return counts;
    }

    /** The credit codes of the run's enterprises within the scope. */
    public Set<String> creditCodes(long runId, Condition scope) {
        List<Object> params = new ArrayList<>();
        String where = where(runId, ResultFilter.ALL, scope, params);
        return new HashSet<>(database.jdbc().queryForList("SELECT r.credit_code" + FROM + where, String.class, params.toArray()));
    }

    /**
     * The normalised values (before cap and floor) of each indicator over a peer group of the run — the enterprises of
     * one category in one industry 大类 (the first two digits of the code), within the scope; missing values left out.
     */
    public Map<String, List<Double>> peerNormalised(long runId, String categoryId, String division, Condition scope) {
        List<Object> params = new ArrayList<>();
        String where = where(runId, ResultFilter.ALL.withIndustry(division), scope, params);
        params.add(categoryId);
        Map<String, List<Double>> out = new TreeMap<>();
        database.jdbc().query("SELECT p.indicator_id, i.normalised" + FROM.replace(" WHERE ", " JOIN evaluation_result_indicator i ON "
                        + "i.run_id = r.run_id AND i.credit_code = r.credit_code JOIN evaluation_result_peers p ON p.run_id = i.run_id "
                        + "AND p.peer_id = i.peer_id WHERE ") + where + " AND r.category_id = ? AND i.normalised IS NOT NULL",
                rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getDouble(2));
                }, params.toArray());
        return out;
    }

    /** Runs the query with a fetch size, so the rows stream to the handler instead of filling memory. */
    private void stream(String sql, List<Object> params, RowCallbackHandler handler) {
        database.jdbc().query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(2000);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }, handler);
    }

    private static ResultRow row(ResultSet rs) throws SQLException {
        return new ResultRow(rs.getString("credit_code"), rs.getString("name"), rs.getString("district_code"), rs.getString("park_code"),
                rs.getString("industry_code"), rs.getString("category_id"), rs.getString("category_name"), UnitStatus.valueOf(rs.getString("status")),
                dbl(rs, "aggregate"), dbl(rs, "bonus"), dbl(rs, "deduction"), dbl(rs, "total"), rs.getString("class_label"),
                rs.getString("class_name"), rs.getInt("rank_city"), rs.getInt("rank_city_of"), rs.getInt("rank_district"),
                rs.getInt("rank_district_of"), rs.getInt("rank_industry"), rs.getInt("rank_industry_of"));
    }
}
