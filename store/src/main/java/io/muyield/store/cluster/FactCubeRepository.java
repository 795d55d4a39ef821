package io.muyield.store.cluster;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link FactCube}s: one GROUP BY over enterprise ⋈ enterprise_year within the caller's scope, kept until the
 * next import changes the {@link DataVersion}.
 */
public final class FactCubeRepository {

    private final Database database;
    private final FiguresCache<Condition, FactCube> cache = new FiguresCache<>(32);

    public FactCubeRepository(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    /** The cube of every enterprise-year within the condition (over {@code enterprise e} and {@code enterprise_year y}). */
    public FactCube cube(Condition scope) {
        return cache.get(scope, DataVersion.of(database), () -> query(scope));
    }

    private FactCube query(Condition scope) {
        Measure[] measures = Measure.values();
        // an enterprise with a manual cluster override (ever) gets cells of its own, so overrides apply exactly
        StringBuilder sql = new StringBuilder("SELECT y.year, e.district_code, e.industry_code, "
                + "CASE WHEN e.credit_code IN (SELECT o.credit_code FROM cluster_override o) THEN e.credit_code END AS own");
        for (Measure m : measures) {
            sql.append(", ").append(m.sql());
        }
        sql.append(" FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code WHERE ").append(scope.sql())
                .append(" GROUP BY y.year, e.district_code, e.industry_code, own");
        List<Integer> years = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        List<String> industries = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        database.jdbc().query(sql.toString(), rs -> {
            years.add(rs.getInt(1));
            districts.add(interned.computeIfAbsent(rs.getString(2), k -> k));
            industries.add(interned.computeIfAbsent(rs.getString(3), k -> k));
            own.add(rs.getString(4));
            long[] row = new long[measures.length];
            for (int m = 0; m < measures.length; m++) {
                row[m] = rs.getLong(5 + m);
            }
            rows.add(row);
        }, scope.params().toArray());
        int n = rows.size();
        long[][] sums = new long[measures.length][n];
        int[] y = new int[n];
        for (int c = 0; c < n; c++) {
            y[c] = years.get(c);
            long[] row = rows.get(c);
            for (int m = 0; m < measures.length; m++) {
                sums[m][c] = row[m];
            }
        }
        return new FactCube(y, districts.toArray(String[]::new), industries.toArray(String[]::new), own.toArray(String[]::new), sums);
    }
}
