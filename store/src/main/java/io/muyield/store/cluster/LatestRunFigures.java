package io.muyield.store.cluster;

import io.muyield.store.Database;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The class distribution and per-mu figures of the latest COMPLETE evaluation run of a year over the enterprises of a
 * cluster, district, zone or park: the run's enterprises that satisfy a {@link Condition} over the register
 * ({@code enterprise e}, joined by credit code; the caller ANDs its data scope in). Runs are never changed, so the
 * figures of a (run, condition) are kept; a newer run is picked up by its id.
 */
public final class LatestRunFigures {

    /**
     * One run's figures over an area: how many of its enterprises lie there, how many per class label ("" = unclassed),
     * and 亩均税收 / 亩均增加值 as Σ numerator ÷ Σ land over the enterprises in a category with land &gt; 0 and the
     * numerator known (NaN when none), in the units of the run's input (万元 per 亩); {@code landMu} sums their land.
     */
    public record Distribution(StoredRun run, long enterprises, Map<String, Long> classCounts, double taxPerMu, long taxCounted,
                               double valueAddedPerMu, long valueAddedCounted, double landMu) {

        public long count(String label) {
            return classCounts.getOrDefault(label, 0L);
        }

        /** The class's share of the area's enterprises in the run (unclassed included, so the shares add up to 1). */
        public double share(String label) {
            return enterprises == 0 ? Double.NaN : count(label) / (double) enterprises;
        }

        /** The labels present, classes first in label order, the unclassed ("") last. */
        public List<String> labels() {
            List<String> out = new ArrayList<>();
            classCounts.keySet().stream().filter(l -> !l.isEmpty()).forEach(out::add);
            if (classCounts.containsKey("")) {
                out.add("");
            }
            return out;
        }
    }

    private final Database database;
    private final RunRepository runs;
    private final Map<List<Object>, Distribution> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Distribution> eldest) {
            return size() > 512;
        }
    };

    public LatestRunFigures(Database database, RunRepository runs) {
        this.database = database;
        this.runs = runs;
    }

    public LatestRunFigures(Database database) {
        this(database, new RunRepository(database));
    }

    /** The latest COMPLETE run over the year (the highest id), if any. */
    public Optional<StoredRun> latestComplete(int year) {
        return latestComplete(year, false);
    }

    /**
     * The latest COMPLETE run over the year (the highest id), if any; with {@code publishedOnly} only among the runs past
     * DRAFT in their notice period (公示, table {@code run_publication}) — what enterprise users may see.
     */
    public Optional<StoredRun> latestComplete(int year, boolean publishedOnly) {
        List<Long> ids = database.jdbc().queryForList("SELECT MAX(id) FROM evaluation_run WHERE year = ? AND status = 'COMPLETE'"
                        + (publishedOnly ? " AND id IN (SELECT run_id FROM run_publication WHERE state <> 'DRAFT')" : ""),
                Long.class, year);
        return ids.isEmpty() || ids.get(0) == null ? Optional.empty() : runs.run(ids.get(0));
    }

    /** The figures of the latest COMPLETE run of the year over the enterprises within the condition; empty without a run. */
    public Optional<Distribution> latest(int year, Condition within) {
        return latest(year, within, false);
    }

    /** As {@link #latest(int, Condition)}; with {@code publishedOnly} only among the runs past DRAFT (for enterprise users). */
    public Optional<Distribution> latest(int year, Condition within, boolean publishedOnly) {
        return latestComplete(year, publishedOnly).map(run -> of(run, within));
    }

    /** The figures of one run over the enterprises within the condition. */
    public Distribution of(StoredRun run, Condition within) {
        List<Object> key = List.of(run.id(), within);
        synchronized (cache) {
            Distribution hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Distribution computed = compute(run, within);
        synchronized (cache) {
            cache.put(key, computed);
        }
        return computed;
    }

    private Distribution compute(StoredRun run, Condition within) {
        List<Object> params = new ArrayList<>();
        params.add(run.id());
        params.add(run.id());
        params.addAll(within.params());
        String sql = "WITH v AS (SELECT credit_code, "
                + "MAX(CASE WHEN name = 'land' THEN value END) AS land, "
                + "MAX(CASE WHEN name = 'tax' THEN value END) AS tax, "
                + "MAX(CASE WHEN name = 'value_added' THEN value END) AS va "
                + "FROM evaluation_input_value WHERE run_id = ? AND name IN ('land', 'tax', 'value_added') GROUP BY credit_code) "
                + "SELECT r.class_label, COUNT(*) AS n, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.tax IS NOT NULL THEN v.tax END) AS tax_sum, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.tax IS NOT NULL THEN v.land END) AS tax_land, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.tax IS NOT NULL THEN 1 ELSE 0 END) AS tax_n, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.va IS NOT NULL THEN v.va END) AS va_sum, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.va IS NOT NULL THEN v.land END) AS va_land, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.va IS NOT NULL THEN 1 ELSE 0 END) AS va_n, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 THEN v.land END) AS land_sum "
                + "FROM evaluation_result r JOIN enterprise e ON e.credit_code = r.credit_code "
                + "LEFT JOIN v ON v.credit_code = r.credit_code WHERE r.run_id = ? AND (" + within.sql() + ") GROUP BY r.class_label";
        Map<String, Long> counts = new TreeMap<>();
        double[] s = new double[8];
        database.jdbc().query(sql, rs -> {
            long n = rs.getLong("n");
            counts.put(rs.getString("class_label"), n);
            s[0] += n;
            s[1] += orZero(rs, "tax_sum");
            s[2] += orZero(rs, "tax_land");
            s[3] += rs.getLong("tax_n");
            s[4] += orZero(rs, "va_sum");
            s[5] += orZero(rs, "va_land");
            s[6] += rs.getLong("va_n");
            s[7] += orZero(rs, "land_sum");
        }, params.toArray());
        return new Distribution(run, (long) s[0], Map.copyOf(counts), s[2] > 0 ? s[1] / s[2] : Double.NaN, (long) s[3],
                s[5] > 0 ? s[4] / s[5] : Double.NaN, (long) s[6], s[7]);
    }

    /** A sum that may be NULL (no row contributed) as 0 (DuckDB's getDouble gives NaN for NULL). */
    private static double orZero(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? 0 : v;
    }
}
