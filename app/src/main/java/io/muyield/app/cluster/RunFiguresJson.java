package io.muyield.app.cluster;

import io.muyield.store.cluster.LatestRunFigures;
import io.muyield.store.evaluation.StoredRun;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The latest COMPLETE evaluation run of the year over a cluster's or region's enterprises (within the user's scope):
 * which run (id, scheme, link), how many of its enterprises lie there, each class's count and share of them (A–D always
 * listed, other labels as the scheme has them, unclassed last as label ""), and 亩均税收 / 亩均增加值 in 万元/亩 as Σ ÷ Σ
 * over the enterprises in a category with land &gt; 0 and the figure known (null when none).
 */
public record RunFiguresJson(long runId, String schemeId, int schemeVersion, String schemeTitle, int year, String link,
                             long enterprises, List<ClassShare> classes, BigDecimal taxPerMu, long taxPerMuCounted,
                             BigDecimal valueAddedPerMu, long valueAddedPerMuCounted, BigDecimal landMu, String ruleZh, String ruleEn) {

    static final String RULE_ZH = "取该年度最新一次已完成的评价结果，按企业当前登记的区县、园区和主营行业归入本页范围；"
            + "各类占比以本范围内参评企业总数（含未分类）为分母；亩均税收、亩均增加值＝Σ÷Σ，只含已分组、用地大于0且该项有值的企业。";
    static final String RULE_EN = "The latest complete evaluation run of the year, its enterprises placed here by their current registered "
            + "district, park and main industry; class shares are of all the run's enterprises here (unclassed included); tax and value "
            + "added per mu are Σ ÷ Σ over enterprises in a category with land > 0 and the figure known.";

    private static final List<String> STANDARD = List.of("A", "B", "C", "D");

    /** One class: its label ("" = unclassed), count and share of the enterprises (a fraction, 4 decimals). */
    public record ClassShare(String label, long count, BigDecimal share) {
    }

    static RunFiguresJson of(LatestRunFigures.Distribution d) {
        StoredRun run = d.run();
        Set<String> labels = new LinkedHashSet<>(STANDARD);
        d.labels().stream().filter(l -> !l.isEmpty()).forEach(labels::add);
        labels.add("");
        List<ClassShare> classes = new ArrayList<>();
        for (String label : labels) {
            classes.add(new ClassShare(label, d.count(label), Numbers.rate(d.share(label))));
        }
        return new RunFiguresJson(run.id(), run.schemeId(), run.schemeVersion(), run.schemeTitle(), run.year(), "/runs/" + run.id(),
                d.enterprises(), classes, Numbers.rate2(d.taxPerMu()), d.taxCounted(), Numbers.rate2(d.valueAddedPerMu()),
                d.valueAddedCounted(), Numbers.rate2(d.landMu()), RULE_ZH, RULE_EN);
    }
}
