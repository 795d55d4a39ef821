package io.muyield.app.cluster;

import java.util.List;
import java.util.stream.Collectors;

/** The cluster tables as downloads: the same rows the JSON carries, column names in Chinese then English. */
final class ClusterTables {

    private ClusterTables() {
    }

    static ExportTable clusters(ClusterJson.Overview o) {
        ExportTable t = new ExportTable("clusters-" + o.year(), List.of("集群 id", "层级 tier", "名称 name", "企业数 enterprises",
                "规上 above scale", "规模(万元) scale", "同比 YoY", "年均增速 CAGR", "起始年 from", "目标(万元) target", "目标年 target year",
                "完成度 share", "所需年增速 required growth", "状态 status", "亩均税收 tax/mu", "亩均增加值 VA/mu"));
        for (ClusterJson.Row r : o.clusters()) {
            t.row(r.id(), r.tierNameZh(), r.nameZh(), r.figures().enterprises(), r.figures().aboveScale(), r.scale(), r.yearOnYear(),
                    r.cagr(), r.trendFrom(), r.target(), r.targetYear(), r.share(), r.requiredGrowth(), r.status(),
                    r.figures().taxPerMu(), r.figures().valueAddedPerMu());
        }
        return t;
    }

    static ExportTable series(ClusterJson.Detail d) {
        ExportTable t = new ExportTable("cluster-" + d.cluster().id() + "-series", List.of("年度 year", "企业数 enterprises",
                "规上 above scale", "规模(万元) scale", "同比 YoY", "工业总产值 output", "增加值 value added", "税收 tax", "营业收入 revenue",
                "亩均税收 tax/mu", "亩均增加值 VA/mu"));
        for (ClusterJson.YearRow y : d.series()) {
            t.row(y.year(), y.figures().enterprises(), y.figures().aboveScale(), y.scale(), y.yearOnYear(), y.figures().output(),
                    y.figures().valueAdded(), y.figures().tax(), y.figures().revenue(), y.figures().taxPerMu(), y.figures().valueAddedPerMu());
        }
        return t;
    }

    static ExportTable districts(ClusterJson.Detail d) {
        ExportTable t = new ExportTable("cluster-" + d.cluster().id() + "-districts-" + d.cluster().year(), List.of("区县代码 code",
                "区县 district", "企业数 enterprises", "规模(万元) scale", "占比 share", "亩均税收 tax/mu"));
        for (ClusterJson.DistrictRow r : d.districts()) {
            t.row(r.code(), r.nameZh(), r.figures().enterprises(), r.scale(), r.share(), r.figures().taxPerMu());
        }
        return t;
    }

    static ExportTable top(ClusterJson.Detail d) {
        ExportTable t = new ExportTable("cluster-" + d.cluster().id() + "-top-" + d.cluster().year(), List.of("统一社会信用代码 credit code",
                "企业名称 name", "区县 district", "行业 industry", "规上 above scale", "工业总产值 output", "营业收入 revenue", "税收 tax",
                "用地(亩) land"));
        for (ClusterJson.EnterpriseRow e : d.top()) {
            t.row(e.creditCode(), e.name(), e.districtCode(), e.industryCode(), e.aboveScale() ? "是" : "否", e.output(), e.revenue(),
                    e.tax(), e.landMu());
        }
        return t;
    }

    static ExportTable placements(PlacementJson p) {
        ExportTable t = new ExportTable("rising-star-placements-" + p.year(), List.of("区县代码 code", "区县 district", "名次 rank",
                "集群 cluster", "名称 name", "关联密度 density", "集群RCA", "已有优势行业 existing strength (RCA)",
                "相近的优势行业 related industries (φ)"));
        for (PlacementJson.District d : p.districts()) {
            int rank = 1;
            for (PlacementJson.Placement c : d.clusters()) {
                t.row(d.code(), d.nameZh(), rank++, c.id(), c.nameZh(), c.density(), c.clusterRca(),
                        c.existing().stream().map(e -> e.industry() + " " + e.industryNameZh() + " (RCA=" + e.rca() + ")")
                                .collect(Collectors.joining("; ")),
                        c.related().stream().map(r -> r.industry() + " " + r.industryNameZh() + " → " + r.closestTarget() + " "
                                + r.closestTargetNameZh() + " (φ=" + r.proximity() + ")").collect(Collectors.joining("; ")));
            }
        }
        return t;
    }
}
