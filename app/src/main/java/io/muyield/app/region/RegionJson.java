package io.muyield.app.region;

import io.muyield.app.cluster.ClusterService;
import io.muyield.store.cluster.TopEnterprise;
import io.muyield.store.region.League;
import io.muyield.store.region.Metric;
import io.muyield.store.region.RegionFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of the region endpoints. {@code values} maps each {@link Metric} to its value (counts as integers, amounts in 万元,
 * ratios in their unit, 2 decimals), from summed facts; absent when no enterprise could be counted in a ratio.
 */
final class RegionJson {

    static final String RULE_ZH = "区域指标均按“合计÷合计”计算（如亩均税收＝Σ税收÷Σ用地亩数，只含用地大于0且该项有值的企业）；功能区企业同时计入其所在区县。";
    static final String RULE_EN = "Region figures are ratios of sums (tax per mu = Σ tax ÷ Σ land over enterprises with land > 0 and the "
            + "fact known); an enterprise in a functional zone also counts in its host district.";

    private RegionJson() {
    }

    record MetricInfo(String key, String nameZh, String nameEn, String unit) {
        static List<MetricInfo> all() {
            return java.util.Arrays.stream(Metric.values()).map(m -> new MetricInfo(m.name(), m.nameZh(), m.nameEn(), m.unit())).toList();
        }
    }

    static Map<String, BigDecimal> values(RegionFigures f) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            f.value(m).ifPresent(v -> out.put(m.name(), v.setScale(m == Metric.ENTERPRISES || m == Metric.ABOVE_SCALE ? 0 : 2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    record Place(String code, String nameZh, String nameEn, String kind, String parentCode) {
    }

    record YearValues(int year, Map<String, BigDecimal> values) {
    }

    record PlaceValues(String code, String nameZh, String nameEn, String kind, Map<String, BigDecimal> values) {
    }

    record EnterpriseRow(String creditCode, String name, String districtCode, String industryCode, boolean aboveScale,
                         BigDecimal output, BigDecimal tax, BigDecimal landMu) {
        static EnterpriseRow of(TopEnterprise e) {
            return new EnterpriseRow(e.creditCode(), e.name(), e.districtCode(), e.industryCode(), e.aboveScale(),
                    e.output().map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null),
                    e.tax().map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null),
                    e.landMu().map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null));
        }
    }

    record Summary(Place region, int year, List<Integer> years, String ruleZh, String ruleEn, List<YearValues> series,
                   List<ClusterService.ClusterRowView> clusters, List<PlaceValues> parks, List<EnterpriseRow> top,
                   io.muyield.app.cluster.RunFiguresJson latestRun) {
    }

    record Figures(int year, List<MetricInfo> metrics, String ruleZh, String ruleEn, List<PlaceValues> regions) {
    }

    record LeagueRow(int rank, Integer previousRank, Integer movement, String code, String nameZh, String nameEn, String kind,
                     BigDecimal score, List<BigDecimal> parts, Map<String, BigDecimal> values) {
        static LeagueRow of(League.Row r, PlaceValues place) {
            return new LeagueRow(r.rank(), r.previousRank().orElse(null), r.movement().orElse(null), r.code(), place.nameZh(),
                    place.nameEn(), place.kind(), r.score().setScale(2, RoundingMode.HALF_UP),
                    r.parts().stream().map(p -> p.setScale(2, RoundingMode.HALF_UP)).toList(), place.values());
        }
    }

    record ScorecardItem(String metric, String nameZh, String nameEn, BigDecimal weight) {
    }

    record LeagueTable(int year, String method, List<ScorecardItem> scorecard, List<LeagueRow> rows) {
    }

    record Compare(int year, List<MetricInfo> metrics, List<PlaceValues> regions) {
    }
}
