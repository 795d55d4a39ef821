package io.muyield.app.overview;

import io.muyield.core.region.Region;
import io.muyield.store.summary.CitySummary;
import io.muyield.store.summary.ManufacturingSummary;
import io.muyield.store.summary.PerMuFigure;
import io.muyield.store.summary.RegionCount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/city/summary}: the city in one year, stable for scripts. Per-mu figures are 万元/亩 as JSON numbers
 * (two decimals, half-up), from summed facts of 规上 manufacturing (DOMAIN.md §8); null when nothing could be summed.
 */
record CitySummaryJson(int year, long enterprises, long aboveScaleEnterprises, long manufacturingAboveScaleEnterprises,
                       BigDecimal taxPerMu, BigDecimal valueAddedPerMu, BigDecimal outputPerMu, int perMuIncluded, int perMuExcluded,
                       Sums manufacturingSums, List<RegionRow> byDistrict, List<RegionRow> byZone, List<TierRow> byClusterTier) {

    /** Σ of 规上 manufacturing facts behind the per-mu figures (万元 and 亩), so a reader can redo the division. */
    record Sums(BigDecimal tax, BigDecimal valueAdded, BigDecimal output, BigDecimal landMu) {
    }

    record RegionRow(String code, String nameZh, String nameEn, long enterprises, long aboveScaleEnterprises) {
    }

    record TierRow(String tier, String nameZh, String nameEn, long enterprises, long aboveScaleEnterprises) {
    }

    static CitySummaryJson of(CitySummary s, Map<String, Region> regions) {
        ManufacturingSummary m = s.manufacturing();
        List<TierRow> tiers = new ArrayList<>();
        s.tiers().forEach(t -> tiers.add(new TierRow(t.tier().name(), t.tier().nameZh(), t.tier().nameEn(), t.enterprises(), t.aboveScale())));
        tiers.add(new TierRow("NONE", "未纳入33618集群", "Outside the 33618 clusters", s.outsideClusters(), s.outsideClustersAboveScale()));
        return new CitySummaryJson(s.year(), s.enterprises(), s.aboveScale(), m.enterprises(),
                rounded(m.taxPerMu()), rounded(m.valueAddedPerMu()), rounded(m.outputPerMu()),
                m.taxPerMu().included(), m.taxPerMu().excluded(),
                new Sums(m.tax(), m.valueAdded(), m.output(), m.landMu()),
                rows(s.districts(), regions), rows(s.zones(), regions), tiers);
    }

    private static BigDecimal rounded(PerMuFigure f) {
        return f.value().map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null);
    }

    private static List<RegionRow> rows(List<RegionCount> counts, Map<String, Region> regions) {
        return counts.stream().map(c -> {
            Region r = regions.get(c.regionCode());
            return new RegionRow(c.regionCode(), c.nameZh(), r == null ? c.nameZh() : r.nameEn(), c.enterprises(), c.aboveScale());
        }).toList();
    }

}
