package io.muyield.store.cluster;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link FactCube}s within the caller's scope, kept until the next import changes the {@link DataVersion}: from
 * the pre-aggregated {@code cluster_cube} ({@link ClusterCube}) when it is current and the scope names only its
 * dimensions, else by one GROUP BY over enterprise ⋈ enterprise_year. Both give the same cells.
 */
public final class FactCubeRepository {

    private static final String OWN = "CASE WHEN e.credit_code IN (SELECT o.credit_code FROM cluster_override o) THEN e.credit_code END";

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
        return ClusterCube.readable(scope) && ClusterCube.current(database) ? fromCube(scope) : live(scope);
    }

    /** One cell of the cube being built: its key, the enterprise of an override cell (else null), and its sums. */
    private record Cell(int year, String district, String industry, String own, long[] sums) {
        List<Object> key() {
            return List.of(year, district, industry);
        }
    }

    /** The GROUP BY over every enterprise-year of the scope (an enterprise with an override ever gets cells of its own). */
    public FactCube live(Condition scope) {
        List<Cell> cells = new ArrayList<>();
        read(liveSql(scope, ""), scope, cells);
        return cube(cells);
    }

    /**
     * The cells of {@code cluster_cube} within the scope, with each enterprise that has a manual override moved out of its
     * cell into one of its own (read from enterprise_year: a few enterprises), so overrides apply exactly as in {@link #live}.
     */
    public FactCube fromCube(Condition scope) {
        Measure[] measures = Measure.values();
        StringBuilder sql = new StringBuilder("SELECT e.year, e.district_code, e.industry_code, NULL");
        for (Measure m : measures) {
            sql.append(", ").append(m.cubeSql());
        }
        sql.append(" FROM cluster_cube e WHERE ").append(scope.sql()).append(" GROUP BY e.year, e.district_code, e.industry_code");
        List<Cell> cells = new ArrayList<>();
        read(sql.toString(), scope, cells);
        Integer overrides = database.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_override", Integer.class);
        if (overrides == null || overrides == 0) {
            return cube(cells);
        }
        List<Cell> own = new ArrayList<>();
        read(liveSql(scope, " AND e.credit_code IN (SELECT o.credit_code FROM cluster_override o)"), scope, own);
        Map<List<Object>, Cell> byKey = new LinkedHashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        for (Cell c : own) {
            Cell base = byKey.get(c.key());
            if (base == null) {         // an import committed between the two reads: read it all afresh
                return live(scope);
            }
            for (int m = 0; m < measures.length; m++) {
                base.sums()[m] = Math.subtractExact(base.sums()[m], c.sums()[m]);
            }
            if (base.sums()[Measure.ENTERPRISES.ordinal()] == 0) {
                byKey.remove(c.key());
            }
        }
        List<Cell> all = new ArrayList<>(byKey.values());
        all.addAll(own);
        return cube(all);
    }

    private static String liveSql(Condition scope, String andAlso) {
        StringBuilder sql = new StringBuilder("SELECT y.year, e.district_code, e.industry_code, " + OWN + " AS own");
        for (Measure m : Measure.values()) {
            sql.append(", ").append(m.sql());
        }
        return sql.append(" FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code WHERE (").append(scope.sql())
                .append(")").append(andAlso).append(" GROUP BY y.year, e.district_code, e.industry_code, own").toString();
    }

    private void read(String sql, Condition scope, List<Cell> into) {
        Measure[] measures = Measure.values();
        Map<String, String> interned = new HashMap<>();
        database.jdbc().query(sql, rs -> {
            long[] row = new long[measures.length];
            for (int m = 0; m < measures.length; m++) {
                row[m] = rs.getLong(5 + m);
            }
            into.add(new Cell(rs.getInt(1), interned.computeIfAbsent(rs.getString(2), k -> k),
                    interned.computeIfAbsent(rs.getString(3), k -> k), rs.getString(4), row));
        }, scope.params().toArray());
    }

    private static FactCube cube(List<Cell> cells) {
        Measure[] measures = Measure.values();
        int n = cells.size();
        long[][] sums = new long[measures.length][n];
        int[] years = new int[n];
        String[] districts = new String[n];
        String[] industries = new String[n];
        String[] own = new String[n];
        for (int c = 0; c < n; c++) {
            Cell cell = cells.get(c);
            years[c] = cell.year();
            districts[c] = cell.district();
            industries[c] = cell.industry();
            own[c] = cell.own();
            for (int m = 0; m < measures.length; m++) {
                sums[m][c] = cell.sums()[m];
            }
        }
        return new FactCube(years, districts, industries, own, sums);
    }
}
