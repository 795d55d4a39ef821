package io.muyield.store.cluster;

import io.muyield.core.indicator.Indicator;
import io.muyield.store.Database;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pre-aggregated fact cube, table {@code cluster_cube} (V9): enterprise ⋈ enterprise_year summed by (year, district,
 * functional zone, park, main industry). A department import brings it up to date right after its batches commit
 * ({@link #refreshAfter}, its own transaction, for the years the batches touched: a derived table kept out of the
 * import's critical path); the fact writer used by appeal corrections calls {@link #refresh} inside its batch's
 * transaction. Either way the table
 * records the import_batch fingerprint it is consistent with ({@code cluster_cube_state}); readers use it only while that
 * equals the current one ({@link #current}), and only for scopes over its dimensions ({@link #readable}); otherwise they
 * read enterprise_year as before. A refresh whose previous state does not chain to the batch (a database loaded by other
 * means, a cube never built) rebuilds every year.
 */
public final class ClusterCube {

    /** The columns a condition may name to filter the cube under the alias {@code e}: the cube's dimensions. */
    public static final Set<Column> DIMENSIONS = Collections.unmodifiableSet(EnumSet.of(Column.DISTRICT_CODE, Column.ZONE_CODE,
            Column.PARK_CODE, Column.INDUSTRY_CODE));

    private static final String DIMENSION_COLUMNS = "district_code, zone_code, park_code, industry_code";
    private static final String KEYS = "year, " + DIMENSION_COLUMNS;

    private ClusterCube() {
    }

    /** The import_batch fingerprint the cube is consistent with (-1s when never built). */
    record State(long batches, long lastBatch, long activeSum) {
        static State of(DataVersion v) {
            return new State(v.batches(), v.lastBatch(), v.activeSum());
        }
    }

    /** A batch an import committed, with the batches it superseded. */
    public record Written(long batchId, Collection<Long> superseded) {
        public Written {
            superseded = List.copyOf(superseded);
        }
    }

    /** What a refresh did: the years recomputed whole, the cells of moved enterprises recomputed, and whether it rebuilt everything. */
    public record Refreshed(List<Integer> years, int cells, boolean full) {
    }

    /**
     * Brings the cube up to date after batch {@code batchId} (which superseded {@code superseded}) was written; call in
     * the batch's transaction, after enterprise_year is refreshed. Recomputes the years of the facts and leases of these
     * batches and, for enterprises the batch re-registered under another district, zone, park or industry than the cube
     * placed them, the cells they left and joined in every year they have a record for — or every year when the cube did
     * not match the state before the batch.
     */
    public static Refreshed refresh(Database database, long batchId, Collection<Long> superseded) {
        return refreshAfter(database, List.of(new Written(batchId, superseded)));
    }

    /**
     * Brings the cube up to date after the batches {@code written} (in the order they were written) committed, in the
     * caller's transaction if there is one: as {@link #refresh} for one batch, over all of them — the years of their
     * facts and leases and of the batches they superseded, the cells of the enterprises their registrations moved — or
     * every year when the cube did not match the state before the first of them. Until it has run, readers see the cube
     * is not {@link #current} and read enterprise_year.
     */
    public static Refreshed refreshAfter(Database database, List<Written> written) {
        JdbcTemplate jdbc = database.jdbc();
        DataVersion now = DataVersion.of(database);
        List<Long> ids = new ArrayList<>();
        long previousActive = now.activeSum();
        for (Written w : written) {
            ids.addAll(w.superseded());
            ids.add(w.batchId());
            previousActive += w.superseded().stream().mapToLong(Long::longValue).sum() - w.batchId();
        }
        List<Long> own = written.stream().map(Written::batchId).toList();
        Long previousLast = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM import_batch WHERE id NOT IN ("
                + String.join(", ", Collections.nCopies(own.size(), "?")) + ")", Long.class, own.toArray());
        State before = new State(now.batches() - own.size(), previousLast == null ? 0 : previousLast, previousActive);
        if (!before.equals(stored(jdbc))) {
            rebuild(database, now);
            return new Refreshed(years(jdbc), 0, true);
        }
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        List<Object> twice = new ArrayList<>(ids);
        twice.addAll(ids);
        TreeSet<Integer> years = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT year FROM fact WHERE batch_id IN " + in
                + " UNION SELECT DISTINCT year FROM land_lease WHERE batch_id IN " + in, Integer.class, twice.toArray()));
        int cells = 0;
        for (long batchId : own) {
            Long registered = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE batch_id = ?", Long.class, batchId);
            if (registered != null && registered > 0) {
                cells += recomputeMoved(jdbc, batchId, years);
                jdbc.update("DELETE FROM cluster_cube_member WHERE credit_code IN (SELECT e.credit_code FROM enterprise e WHERE e.batch_id = ?)",
                        batchId);
                jdbc.update("INSERT INTO cluster_cube_member (credit_code, " + DIMENSION_COLUMNS + ") SELECT credit_code, " + DIMENSION_COLUMNS
                        + " FROM enterprise WHERE batch_id = ?", batchId);
            }
        }
        recompute(jdbc, new ArrayList<>(years));
        save(jdbc, State.of(now));
        return new Refreshed(new ArrayList<>(years), cells, false);
    }

    /**
     * For the enterprises the batch re-registered under other dimensions than the cube placed them: recomputes the cells
     * they left and the cells they joined, in every year they have a record for (years recomputed whole are skipped).
     * Returns the number of such cells.
     */
    private static int recomputeMoved(JdbcTemplate jdbc, long batchId, Collection<Integer> wholeYears) {
        String moved = "SELECT e.credit_code, m.district_code AS od, m.zone_code AS oz, m.park_code AS op, m.industry_code AS oi, "
                + "e.district_code AS nd, e.zone_code AS nz, e.park_code AS np, e.industry_code AS ni FROM enterprise e "
                + "JOIN cluster_cube_member m ON m.credit_code = e.credit_code WHERE e.batch_id = ? AND (m.district_code <> e.district_code "
                + "OR m.industry_code <> e.industry_code OR m.zone_code IS DISTINCT FROM e.zone_code OR m.park_code IS DISTINCT FROM e.park_code)";
        jdbc.execute("CREATE TEMPORARY TABLE cube_dirty (year INTEGER NOT NULL, district_code VARCHAR NOT NULL, zone_code VARCHAR, "
                + "park_code VARCHAR, industry_code VARCHAR NOT NULL)");
        try {
            jdbc.update("INSERT INTO cube_dirty (" + KEYS + ") SELECT y.year, x.od, x.oz, x.op, x.oi FROM (" + moved + ") x "
                    + "JOIN enterprise_year y ON y.credit_code = x.credit_code UNION SELECT y.year, x.nd, x.nz, x.np, x.ni FROM (" + moved
                    + ") x JOIN enterprise_year y ON y.credit_code = x.credit_code", batchId, batchId);
            if (!wholeYears.isEmpty()) {
                jdbc.update("DELETE FROM cube_dirty WHERE year IN (" + String.join(", ", Collections.nCopies(wholeYears.size(), "?")) + ")",
                        wholeYears.toArray());
            }
            Integer dirty = jdbc.queryForObject("SELECT COUNT(*) FROM cube_dirty", Integer.class);
            if (dirty == null || dirty == 0) {
                return 0;
            }
            jdbc.update("DELETE FROM cluster_cube WHERE EXISTS (SELECT 1 FROM cube_dirty d WHERE d.year = cluster_cube.year "
                    + "AND d.district_code = cluster_cube.district_code AND d.industry_code = cluster_cube.industry_code "
                    + "AND d.zone_code IS NOT DISTINCT FROM cluster_cube.zone_code AND d.park_code IS NOT DISTINCT FROM cluster_cube.park_code)");
            jdbc.update(insert("WHERE EXISTS (SELECT 1 FROM cube_dirty d WHERE d.year = y.year AND d.district_code = e.district_code "
                    + "AND d.industry_code = e.industry_code AND d.zone_code IS NOT DISTINCT FROM e.zone_code "
                    + "AND d.park_code IS NOT DISTINCT FROM e.park_code)"));
            return dirty;
        } finally {
            jdbc.execute("DROP TABLE cube_dirty");
        }
    }

    /** Recomputes every year from enterprise_year, in the caller's transaction if there is one. */
    public static void rebuild(Database database) {
        rebuild(database, DataVersion.of(database));
    }

    /** Rebuilds the cube when it does not match the imported data (e.g. a database upgraded to V9); true if it did. */
    public static boolean rebuildIfStale(Database database) {
        synchronized (database) {       // the import writers' lock: one writer at a time per database
            if (current(database)) {
                return false;
            }
            database.inTransaction(() -> {
                rebuild(database);
                return null;
            });
            return true;
        }
    }

    /** Whether the cube matches the imported data now. */
    public static boolean current(Database database) {
        return State.of(DataVersion.of(database)).equals(stored(database.jdbc()));
    }

    /** Whether a scope can filter the cube: it names only the cube's dimensions (a scope of one enterprise cannot). */
    public static boolean readable(Condition scope) {
        return DIMENSIONS.containsAll(scope.columns());
    }

    private static void rebuild(Database database, DataVersion now) {
        JdbcTemplate jdbc = database.jdbc();
        jdbc.update("DELETE FROM cluster_cube");
        jdbc.update(insert(""));
        jdbc.update("DELETE FROM cluster_cube_member");
        jdbc.update("INSERT INTO cluster_cube_member (credit_code, " + DIMENSION_COLUMNS + ") SELECT credit_code, " + DIMENSION_COLUMNS
                + " FROM enterprise");
        save(jdbc, State.of(now));
    }

    private static void recompute(JdbcTemplate jdbc, List<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        String in = "(" + String.join(", ", Collections.nCopies(years.size(), "?")) + ")";
        jdbc.update("DELETE FROM cluster_cube WHERE year IN " + in, years.toArray());
        jdbc.update(insert("WHERE y.year IN " + in), years.toArray());
    }

    private static List<Integer> years(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT DISTINCT year FROM cluster_cube ORDER BY year", Integer.class);
    }

    private static State stored(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT batches, last_batch, active_sum FROM cluster_cube_state WHERE id = 1",
                (rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    private static void save(JdbcTemplate jdbc, State state) {
        jdbc.update("UPDATE cluster_cube_state SET batches = ?, last_batch = ?, active_sum = ? WHERE id = 1", state.batches(),
                state.lastBatch(), state.activeSum());
    }

    /** INSERT … SELECT of the cube's cells from enterprise ⋈ enterprise_year, over the rows the WHERE clause keeps. */
    static String insert(String where) {
        List<String> columns = new ArrayList<>(List.of("enterprises", "above_scale", "output", "output_above_scale", "revenue",
                "revenue_above_scale", "value_added", "tax", "land_used_mu"));
        List<String> sums = new ArrayList<>(List.of("COUNT(*)", "SUM(CASE WHEN y.above_scale THEN 1 ELSE 0 END)", "SUM(y.output)",
                "SUM(CASE WHEN y.above_scale THEN y.output END)", "SUM(y.revenue)", "SUM(CASE WHEN y.above_scale THEN y.revenue END)",
                "SUM(y.value_added)", "SUM(y.tax)", "SUM(y.land_used_mu)"));
        for (Indicator i : Indicator.values()) {
            String denominator = denominator(i);
            String numerator = "y." + i.numerator().get(0).column();
            String rule = denominator + " > 0 AND " + numerator + " IS NOT NULL";
            columns.add(column(i, "num"));
            sums.add("SUM(CASE WHEN " + rule + " THEN " + numerator + " END)");
            columns.add(column(i, "den"));
            sums.add("SUM(CASE WHEN " + rule + " THEN " + denominator + " END)");
            columns.add(column(i, "n"));
            sums.add("SUM(CASE WHEN " + rule + " THEN 1 ELSE 0 END)");
        }
        return "INSERT INTO cluster_cube (" + KEYS + ", " + String.join(", ", columns) + ") SELECT y.year, e.district_code, "
                + "e.zone_code, e.park_code, e.industry_code, " + String.join(", ", sums)
                + " FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code " + where
                + " GROUP BY y.year, e.district_code, e.zone_code, e.park_code, e.industry_code";
    }

    /** The enterprise_year expression of an indicator's denominator. */
    public static String denominator(Indicator i) {
        return i.denominator().land() ? "y.land_used_mu" : "y." + i.denominator().field().column();
    }

    /** The cube column of an indicator's Σ numerator ({@code num}), Σ denominator ({@code den}) or count ({@code n}). */
    public static String column(Indicator i, String part) {
        return i.name().toLowerCase(Locale.ROOT) + "_" + part;
    }
}
