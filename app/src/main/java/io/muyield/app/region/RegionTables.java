package io.muyield.app.region;

import io.muyield.app.cluster.ExportTable;
import io.muyield.store.region.Metric;

import java.util.ArrayList;
import java.util.List;

/** The region tables as downloads (same rows as the JSON). */
final class RegionTables {

    private RegionTables() {
    }

    private static List<String> metricHeaders() {
        List<String> h = new ArrayList<>();
        for (Metric m : Metric.values()) {
            h.add(m.nameZh() + " " + m.nameEn() + " (" + m.unit() + ")");
        }
        return h;
    }

    private static Object[] row(List<Object> first, java.util.Map<String, java.math.BigDecimal> values) {
        List<Object> cells = new ArrayList<>(first);
        for (Metric m : Metric.values()) {
            cells.add(values.get(m.name()));
        }
        return cells.toArray();
    }

    static ExportTable places(String name, List<RegionJson.PlaceValues> places) {
        List<String> headers = new ArrayList<>(List.of("代码 code", "名称 name", "类别 kind"));
        headers.addAll(metricHeaders());
        ExportTable t = new ExportTable(name, headers);
        for (RegionJson.PlaceValues p : places) {
            t.row(row(List.of(p.code(), p.nameZh(), p.kind()), p.values()));
        }
        return t;
    }

    static ExportTable series(RegionJson.Summary s) {
        List<String> headers = new ArrayList<>(List.of("年度 year"));
        headers.addAll(metricHeaders());
        ExportTable t = new ExportTable("region-" + s.region().code() + "-series", headers);
        for (RegionJson.YearValues y : s.series()) {
            t.row(row(List.of(y.year()), y.values()));
        }
        return t;
    }

    static ExportTable league(RegionJson.LeagueTable l) {
        List<String> headers = new ArrayList<>(List.of("名次 rank", "上年名次 previous", "升降 movement", "代码 code", "名称 name", "得分 score"));
        l.scorecard().forEach(i -> headers.add(i.nameZh() + " ×" + i.weight().toPlainString()));
        ExportTable t = new ExportTable("league-" + l.year(), headers);
        for (RegionJson.LeagueRow r : l.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.rank()));
            cells.add(r.previousRank());
            cells.add(r.movement());
            cells.add(r.code());
            cells.add(r.nameZh());
            cells.add(r.score());
            cells.addAll(r.parts());
            t.row(cells.toArray());
        }
        return t;
    }
}
