package io.muyield.store.summary;

import io.muyield.core.cluster.ClusterTaxonomy;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionRepository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The city overview of one year: counts by district, zone and cluster tier, and 规上 manufacturing per-mu figures. */
public final class CitySummaryRepository {

    private static final String FROM = " FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code WHERE ";

    private final Database database;

    public CitySummaryRepository(Database database) {
        this.database = database;
    }

    public CitySummary summary(int year) {
        return summary(year, Condition.all());
    }

    /** The summary of a year over the enterprises within the scope. */
    public CitySummary summary(int year, Condition scope) {
        Condition inYear = Condition.eq(Column.YEAR, year).and(scope);
        List<Region> regions = new RegionRepository(database).all();
        Map<String, long[]> byDistrict = counts("e.district_code", inYear);
        Map<String, long[]> byZone = counts("e.zone_code", inYear);
        long[] total = {0, 0};
        byDistrict.values().forEach(c -> {
            total[0] += c[0];
            total[1] += c[1];
        });
        List<RegionCount> districts = new ArrayList<>();
        List<RegionCount> zones = new ArrayList<>();
        for (Region r : regions) {
            if (r.kind() == RegionKind.FUNCTIONAL_ZONE) {
                zones.add(count(r, byZone));
            } else if (r.kind().isCountyLevel()) {
                districts.add(count(r, byDistrict));
            }
        }
        Map<String, long[]> byIndustry = counts("e.industry_code", inYear);
        ClusterTaxonomy taxonomy = new ClusterRepository(database).taxonomy();
        Map<ClusterTier, long[]> byTier = new EnumMap<>(ClusterTier.class);
        long[] outside = {0, 0};
        byIndustry.forEach((code, c) -> {
            long[] target = taxonomy.topTierOf(new IndustryCode(code)).map(t -> byTier.computeIfAbsent(t, k -> new long[2])).orElse(outside);
            target[0] += c[0];
            target[1] += c[1];
        });
        List<TierCount> tiers = new ArrayList<>();
        for (ClusterTier t : ClusterTier.values()) {
            long[] c = byTier.getOrDefault(t, new long[2]);
            tiers.add(new TierCount(t, c[0], c[1]));
        }
        return new CitySummary(year, total[0], total[1], districts, zones, tiers, outside[0], outside[1], manufacturing(inYear));
    }

    private Map<String, long[]> counts(String groupColumn, Condition where) {
        Map<String, long[]> out = new HashMap<>();
        database.jdbc().query("SELECT " + groupColumn + ", COUNT(*), SUM(CASE WHEN y.above_scale THEN 1 ELSE 0 END)" + FROM
                + "(" + where.sql() + ") AND " + groupColumn + " IS NOT NULL GROUP BY " + groupColumn, rs -> {
            out.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
        }, where.params().toArray());
        return out;
    }

    private static RegionCount count(Region r, Map<String, long[]> counts) {
        long[] c = counts.getOrDefault(r.code(), new long[2]);
        return new RegionCount(r.code(), r.nameZh(), c[0], c[1]);
    }

    private ManufacturingSummary manufacturing(Condition inYear) {
        Condition where = inYear.and(Condition.eq(Column.ABOVE_SCALE, true)).and(Condition.range(Column.INDUSTRY_CODE, "13", "44"));
        String sql = "SELECT COUNT(*), SUM(y.tax), SUM(y.value_added), SUM(y.output), SUM(y.land_used_mu), "
                + included("tax") + ", " + included("value_added") + ", " + included("output") + FROM + where.sql();
        return database.jdbc().queryForObject(sql, (rs, n) -> {
            long enterprises = rs.getLong(1);
            return new ManufacturingSummary(enterprises, sum(rs, 2), sum(rs, 3), sum(rs, 4), sum(rs, 5),
                    figure(Indicator.TAX_PER_MU, rs, 6, enterprises), figure(Indicator.VALUE_ADDED_PER_MU, rs, 9, enterprises),
                    figure(Indicator.OUTPUT_PER_MU, rs, 12, enterprises));
        }, where.params().toArray());
    }

    /** Σ numerator, Σ land and the count over the enterprises with land &gt; 0 and the numerator known. */
    private static String included(String numerator) {
        String rule = "y.land_used_mu > 0 AND y." + numerator + " IS NOT NULL";
        return "SUM(CASE WHEN " + rule + " THEN y." + numerator + " END), SUM(CASE WHEN " + rule + " THEN y.land_used_mu END), "
                + "SUM(CASE WHEN " + rule + " THEN 1 ELSE 0 END)";
    }

    private static PerMuFigure figure(Indicator indicator, ResultSet rs, int first, long enterprises) throws SQLException {
        int included = rs.getInt(first + 2);
        RatioAggregate aggregate = new RatioAggregate(indicator).addSums(sum(rs, first), sum(rs, first + 1), included);
        return new PerMuFigure(indicator, aggregate.numeratorSum(), aggregate.denominatorSum(), included,
                (int) (enterprises - included), aggregate.value());
    }

    private static BigDecimal sum(ResultSet rs, int column) throws SQLException {
        BigDecimal v = StoredDecimal.fromColumn(rs.getBigDecimal(column));
        return v == null ? BigDecimal.ZERO : v;
    }
}
