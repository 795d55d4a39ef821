package io.muyield.store.evaluation;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.muyield.store.evaluation.ResultSql.where;

/**
 * The league figures of stored runs: the run's enterprises within the caller's data scope (a {@link Condition} over
 * {@code enterprise e}, joined by credit code) grouped by district, park or industry. Read only: runs are never changed.
 */
public final class GroupFigureRepository {

    /** What league tables group by. */
    public enum GroupBy {
        DISTRICT("r.district_code"), PARK("r.park_code"), INDUSTRY("SUBSTRING(r.industry_code, 1, 2)");

        private final String sql;

        GroupBy(String sql) {
            this.sql = sql;
        }
    }

    private final Database database;

    public GroupFigureRepository(Database database) {
        this.database = database;
    }

    /**
     * The run's enterprises within the scope grouped by district, park or industry (大类): counts, class counts and
     * per-mu figures as Σ ÷ Σ over the enterprises in a category with land &gt; 0 and the numerator known.
     */
    public List<GroupFigures> groups(long runId, GroupBy by, Condition scope) {
        List<Object> params = new ArrayList<>();
        params.add(runId);
        String where = where(runId, ResultFilter.ALL, scope, params) + " AND " + by.sql + " IS NOT NULL";
        String sql = "WITH v AS (SELECT credit_code, "
                + "MAX(CASE WHEN name = 'land' THEN value END) AS land, "
                + "MAX(CASE WHEN name = 'tax' THEN value END) AS tax, "
                + "MAX(CASE WHEN name = 'value_added' THEN value END) AS va "
                + "FROM evaluation_input_value WHERE run_id = ? AND name IN ('land', 'tax', 'value_added') GROUP BY credit_code) "
                + "SELECT " + by.sql + " AS code, r.class_label, COUNT(*) AS n, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.tax IS NOT NULL THEN v.tax END) AS tax_sum, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.tax IS NOT NULL THEN v.land END) AS tax_land, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.va IS NOT NULL THEN v.va END) AS va_sum, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 AND v.va IS NOT NULL THEN v.land END) AS va_land, "
                + "SUM(CASE WHEN r.category_id <> '' AND v.land > 0 THEN v.land END) AS land_sum, "
                + "SUM(CASE WHEN r.class_label <> '' THEN r.total END) AS total_sum "
                + "FROM evaluation_result r LEFT JOIN enterprise e ON e.credit_code = r.credit_code "
                + "LEFT JOIN v ON v.credit_code = r.credit_code WHERE r.run_id = ? AND " + where + " GROUP BY " + by.sql + ", r.class_label";
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Map<String, Long>> classes = new HashMap<>();
        database.jdbc().query(sql, rs -> {
            String code = rs.getString("code");
            double[] s = sums.computeIfAbsent(code, k -> new double[8]);
            long count = rs.getLong("n");
            s[0] += count;
            String label = rs.getString("class_label");
            if (!label.isEmpty()) {
                s[1] += count;
                classes.computeIfAbsent(code, k -> new TreeMap<>()).merge(label, count, Long::sum);
            }
            s[2] += orZero(rs, "tax_sum");
            s[3] += orZero(rs, "tax_land");
            s[4] += orZero(rs, "va_sum");
            s[5] += orZero(rs, "va_land");
            s[6] += orZero(rs, "land_sum");
            s[7] += orZero(rs, "total_sum");
        }, params.toArray());
        List<GroupFigures> out = new ArrayList<>();
        sums.forEach((code, s) -> out.add(new GroupFigures(code, (long) s[0], (long) s[1], classes.getOrDefault(code, Map.of()),
                s[3] > 0 ? s[2] / s[3] : Double.NaN, s[5] > 0 ? s[4] / s[5] : Double.NaN, s[6], s[1] > 0 ? s[7] / s[1] : Double.NaN)));
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    /** A sum that may be NULL (no row contributed) as 0. */
    private static double orZero(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? 0 : v;
    }
}
