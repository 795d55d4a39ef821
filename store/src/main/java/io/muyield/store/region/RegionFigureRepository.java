package io.muyield.store.region;

import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import io.muyield.core.region.Park;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.cluster.DataVersion;
import io.muyield.store.cluster.FiguresCache;
import io.muyield.store.cluster.TopEnterprise;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Figures of regions from summed facts: every district, zone or park of a year in one GROUP BY, within the caller's
 * scope; and the condition that selects the enterprises of one region (district, county, functional zone, park,
 * 一区两群 group or the whole city).
 */
public final class RegionFigureRepository {

    /** How enterprises are grouped into regions. */
    public enum Level {
        DISTRICT(Column.DISTRICT_CODE), ZONE(Column.ZONE_CODE), PARK(Column.PARK_CODE);

        private final Column column;

        Level(Column column) {
            this.column = column;
        }
    }

    private final Database database;
    private final RegionRepository regions;
    private final ParkRepository parks;
    private final FiguresCache<List<Object>, Map<Integer, Map<String, RegionFigures>>> cache = new FiguresCache<>(64);
    private final FiguresCache<List<Object>, List<TopEnterprise>> topCache = new FiguresCache<>(256);

    public RegionFigureRepository(Database database) {
        this.database = database;
        this.regions = new RegionRepository(database);
        this.parks = new ParkRepository(database);
    }

    /** Year → region code → figures, for every region of the level with a record, within the scope. */
    public Map<Integer, Map<String, RegionFigures>> byRegion(Level level, Condition scope) {
        return cache.get(List.of(level, scope), DataVersion.of(database), () -> query(level, scope));
    }

    /** The largest enterprises of the scope in the year (规上 first, by output), kept until the next import. */
    public List<TopEnterprise> top(Condition scope, int year, int limit) {
        return topCache.get(List.of(scope, year, limit), DataVersion.of(database),
                () -> TopEnterprise.query(database, Condition.eq(Column.YEAR, year).and(scope), true, limit));
    }

    /** The whole scope per year (the districts summed: every enterprise has exactly one district). */
    public Map<Integer, RegionFigures> total(Condition scope) {
        Map<Integer, RegionFigures> out = new TreeMap<>();
        byRegion(Level.DISTRICT, scope).forEach((year, rows) -> {
            RegionFigures sum = RegionFigures.empty("all", year);
            for (RegionFigures r : rows.values()) {
                sum = sum.plus("all", r);
            }
            out.put(year, sum);
        });
        return out;
    }

    /** The enterprises of a region or park; empty when the code names neither. */
    public Optional<Condition> within(String code) {
        Optional<Region> region = regions.find(code);
        if (region.isPresent()) {
            Region r = region.get();
            return Optional.of(switch (r.kind()) {
                case MUNICIPALITY -> Condition.all();
                case FUNCTIONAL_ZONE -> Condition.eq(Column.ZONE_CODE, code);
                case GROUP -> Condition.in(Column.DISTRICT_CODE, regions.memberships(RegionRepository.GROUPING_2024).stream()
                        .filter(m -> m.groupCode().equals(code)).map(m -> m.regionCode()).toList());
                case PARK -> Condition.eq(Column.PARK_CODE, code);
                default -> Condition.eq(Column.DISTRICT_CODE, code);
            });
        }
        return parks.find(code).map(p -> Condition.eq(Column.PARK_CODE, p.code()));
    }

    /** The level a region's own figures are found at in {@link #byRegion}, if it is one of them. */
    public static Optional<Level> levelOf(RegionKind kind) {
        return switch (kind) {
            case DISTRICT, COUNTY, AUTONOMOUS_COUNTY -> Optional.of(Level.DISTRICT);
            case FUNCTIONAL_ZONE -> Optional.of(Level.ZONE);
            case PARK -> Optional.of(Level.PARK);
            default -> Optional.empty();
        };
    }

    public List<Park> parksIn(String regionCode) {
        return parks.inRegion(regionCode);
    }

    private Map<Integer, Map<String, RegionFigures>> query(Level level, Condition scope) {
        return ClusterCube.readable(scope) && ClusterCube.current(database) ? fromCube(level, scope) : live(level, scope);
    }

    /** From the pre-aggregated cube (V9): its cells of the scope summed by year and the level's column. */
    public Map<Integer, Map<String, RegionFigures>> fromCube(Level level, Condition scope) {
        String group = level.column.sql();     // e.<column>: the cube has the enterprise's dimension columns, aliased e
        StringBuilder sql = new StringBuilder("SELECT e.year, ").append(group).append(", SUM(e.enterprises), SUM(e.above_scale), ")
                .append("SUM(e.output), SUM(e.value_added), SUM(e.tax), SUM(e.revenue), SUM(e.land_used_mu)");
        for (Indicator i : Indicator.values()) {
            sql.append(", SUM(e.").append(ClusterCube.column(i, "num")).append("), SUM(e.").append(ClusterCube.column(i, "den"))
                    .append("), SUM(e.").append(ClusterCube.column(i, "n")).append(")");
        }
        sql.append(" FROM cluster_cube e WHERE (").append(scope.sql()).append(") AND ").append(group).append(" IS NOT NULL GROUP BY e.year, ")
                .append(group);
        return read(sql.toString(), scope);
    }

    /** One GROUP BY over enterprise ⋈ enterprise_year. */
    public Map<Integer, Map<String, RegionFigures>> live(Level level, Condition scope) {
        String group = level.column.sql();
        StringBuilder sql = new StringBuilder("SELECT y.year, ").append(group).append(", COUNT(*), SUM(CASE WHEN y.above_scale THEN 1 ELSE 0 END), ")
                .append("SUM(y.output), SUM(y.value_added), SUM(y.tax), SUM(y.revenue), SUM(y.land_used_mu)");
        for (Indicator i : Indicator.values()) {
            String denominator = ClusterCube.denominator(i);
            String rule = denominator + " > 0 AND y." + i.numerator().get(0).column() + " IS NOT NULL";
            sql.append(", SUM(CASE WHEN ").append(rule).append(" THEN y.").append(i.numerator().get(0).column()).append(" END)")
                    .append(", SUM(CASE WHEN ").append(rule).append(" THEN ").append(denominator).append(" END)")
                    .append(", SUM(CASE WHEN ").append(rule).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code WHERE (").append(scope.sql())
                .append(") AND ").append(group).append(" IS NOT NULL GROUP BY y.year, ").append(group);
        return read(sql.toString(), scope);
    }

    private Map<Integer, Map<String, RegionFigures>> read(String sql, Condition scope) {
        Map<Integer, Map<String, RegionFigures>> out = new TreeMap<>();
        database.jdbc().query(sql, rs -> {
            RegionFigures f = row(rs);
            out.computeIfAbsent(f.year(), y -> new TreeMap<>()).put(f.code(), f);
        }, scope.params().toArray());
        return out;
    }

    private static RegionFigures row(ResultSet rs) throws SQLException {
        Map<Indicator, RatioAggregate> ratios = new EnumMap<>(Indicator.class);
        int col = 10;
        for (Indicator i : Indicator.values()) {
            ratios.put(i, new RatioAggregate(i).addSums(sum(rs, col), sum(rs, col + 1), rs.getInt(col + 2)));
            col += 3;
        }
        return new RegionFigures(rs.getString(2), rs.getInt(1), rs.getLong(3), rs.getLong(4), sum(rs, 5), sum(rs, 6), sum(rs, 7),
                sum(rs, 8), sum(rs, 9), ratios);
    }

    private static BigDecimal sum(ResultSet rs, int column) throws SQLException {
        BigDecimal v = StoredDecimal.fromColumn(rs.getBigDecimal(column));
        return v == null ? BigDecimal.ZERO : v;
    }

}
