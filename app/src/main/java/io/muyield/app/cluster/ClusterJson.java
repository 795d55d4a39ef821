package io.muyield.app.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.cluster.TargetPath;
import io.muyield.core.region.Region;
import io.muyield.store.cluster.ClusterDetail;
import io.muyield.store.cluster.ClusterOverview;
import io.muyield.store.cluster.ClusterProgress;
import io.muyield.store.cluster.Figures;
import io.muyield.store.cluster.TopEnterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.muyield.app.cluster.Numbers.amount;
import static io.muyield.app.cluster.Numbers.perMu;
import static io.muyield.app.cluster.Numbers.rate;

/**
 * The JSON of {@code /api/v1/clusters}: amounts in 万元 (2 decimals), per-mu figures in 万元/亩, growth and shares as
 * fractions (0.0812 = 8.12 %). {@code scale} is 规上 output (manufacturing) or all members' revenue (services), the measure
 * targets are set in; {@code target} is the tier target in 万元.
 */
final class ClusterJson {

    static final String RULE_ZH = "集群按主营行业代码（GB/T 4754 核心代码）归属，另有人工调整的企业（计入或不计入，见分类版本）；企业在每个集群内只计一次，"
            + "跨集群合计（全部集群、各层级）按企业去重，不是各集群之和（如新型显示企业同属电子信息）。规模＝规上工业总产值（服务业集群为全部成员营业收入）。";
    static final String RULE_EN = "An enterprise belongs to a cluster by its main GB/T 4754 industry (core codes), unless a manual override "
            + "counts it in or keeps it out (see the taxonomy version); it counts once in each "
            + "cluster, and totals over several clusters (all clusters, a tier) count each enterprise once, never the sum of clusters "
            + "(a display maker is also electronics). Scale = above-scale gross output (revenue of all members for service clusters).";

    private ClusterJson() {
    }

    record Sums(long enterprises, long aboveScale, BigDecimal output, BigDecimal valueAdded, BigDecimal tax, BigDecimal revenue,
                BigDecimal landMu, BigDecimal taxPerMu, BigDecimal valueAddedPerMu, BigDecimal outputPerMu) {
        static Sums of(Figures f) {
            return new Sums(f.enterprises(), f.aboveScale(), amount(f.output()), amount(f.valueAdded()), amount(f.tax()),
                    amount(f.revenue()), amount(f.landMu()), perMu(f.taxPerMu()), perMu(f.valueAddedPerMu()), perMu(f.outputPerMu()));
        }
    }

    record Row(String id, String tier, String tierNameZh, String tierNameEn, String nameZh, String nameEn, boolean manufacturing,
               boolean officialMapping, int year, Sums figures, BigDecimal scale, BigDecimal yearOnYear, BigDecimal cagr,
               int trendFrom, BigDecimal target, Integer targetYear, BigDecimal share, BigDecimal gap, BigDecimal requiredGrowth,
               String status) {
        static Row of(ClusterProgress p) {
            Cluster c = p.cluster();
            TargetPath t = p.target().orElse(null);
            return new Row(c.id(), c.tier().name(), c.tier().nameZh(), c.tier().nameEn(), c.nameZh(), c.nameEn(), c.manufacturing(),
                    c.officialMapping(), p.year(), Sums.of(p.figures()), amount(p.scale()), rate(p.yearOnYear()), rate(p.cagr()),
                    p.trendFrom(), t == null ? null : amount(t.target()), t == null ? null : t.targetYear(),
                    t == null ? null : t.share().setScale(4, RoundingMode.HALF_UP), t == null ? null : amount(t.gap()),
                    t == null ? null : rate(t.requiredGrowth()), t == null ? "NO_TARGET" : t.status().name());
        }
    }

    record TierRow(String tier, String nameZh, String nameEn, Sums figures) {
    }

    record Overview(int year, List<Integer> years, int taxonomyVersion, String ruleZh, String ruleEn, List<Row> clusters,
                    Sums allClusters, List<TierRow> byTier, Sums city) {
        static Overview of(ClusterOverview o) {
            List<TierRow> tiers = new ArrayList<>();
            for (ClusterTier t : ClusterTier.values()) {
                tiers.add(new TierRow(t.name(), t.nameZh(), t.nameEn(), Sums.of(o.byTier().get(t))));
            }
            return new Overview(o.year(), o.years(), o.taxonomyVersion(), RULE_ZH, RULE_EN, o.clusters().stream().map(Row::of).toList(),
                    Sums.of(o.allClusters()), tiers, Sums.of(o.city()));
        }
    }

    record YearRow(int year, Sums figures, BigDecimal scale, BigDecimal yearOnYear) {
    }

    record DistrictRow(String code, String nameZh, String nameEn, Sums figures, BigDecimal scale, BigDecimal share) {
    }

    record EnterpriseRow(String creditCode, String name, String districtCode, String industryCode, boolean aboveScale,
                         BigDecimal output, BigDecimal revenue, BigDecimal valueAdded, BigDecimal tax, BigDecimal landMu) {
        static EnterpriseRow of(TopEnterprise e) {
            return new EnterpriseRow(e.creditCode(), e.name(), e.districtCode(), e.industryCode(), e.aboveScale(), amount(e.output()),
                    amount(e.revenue()), amount(e.valueAdded()), amount(e.tax()), amount(e.landMu()));
        }
    }

    /** A manual override in force: the enterprise is counted in the cluster (member) or kept out of it whatever its industry. */
    record Override(String creditCode, boolean member) {
    }

    record Detail(Row cluster, int taxonomyVersion, List<String> coreCodes, List<String> relatedCodes, String basis, String ruleZh, String ruleEn,
                  List<YearRow> series, List<DistrictRow> districts, List<EnterpriseRow> top, List<Override> overrides,
                  RunFiguresJson latestRun) {
        static Detail of(ClusterDetail d, Map<String, Region> regions, RunFiguresJson latestRun) {
            Cluster c = d.progress().cluster();
            List<YearRow> series = d.series().stream().map(y -> new YearRow(y.year(), Sums.of(y.figures()), amount(y.scale()),
                    rate(y.yearOnYear()))).toList();
            List<DistrictRow> districts = d.districts().stream().map(r -> {
                Region region = regions.get(r.regionCode());
                return new DistrictRow(r.regionCode(), region == null ? r.regionCode() : region.nameZh(),
                        region == null ? r.regionCode() : region.nameEn(), Sums.of(r.figures()), amount(r.scale()),
                        r.share().setScale(4, RoundingMode.HALF_UP));
            }).toList();
            return new Detail(Row.of(d.progress()), d.taxonomyVersion(),
                    c.codes().stream().filter(k -> k.core()).map(k -> k.prefix().value()).toList(),
                    c.codes().stream().filter(k -> !k.core()).map(k -> k.prefix().value() + (k.partial() ? "*" : "")).toList(),
                    c.basis(), RULE_ZH, RULE_EN, series, districts, d.top().stream().map(EnterpriseRow::of).toList(),
                    d.overrides().entrySet().stream().map(e -> new Override(e.getKey(), e.getValue())).toList(), latestRun);
        }
    }
}
