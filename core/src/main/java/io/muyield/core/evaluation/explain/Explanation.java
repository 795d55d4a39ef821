package io.muyield.core.evaluation.explain;

import io.muyield.core.evaluation.run.AppliedAdjustment;
import io.muyield.core.evaluation.run.ClassStanding;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.core.evaluation.scheme.ClassBand;
import io.muyield.core.evaluation.scheme.ClassMethod;
import io.muyield.core.evaluation.scheme.Classification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.muyield.core.evaluation.run.Numbers.fixed4;
import static io.muyield.core.evaluation.run.Numbers.plain;

/**
 * A unit's result as arithmetic a clerk can check with a calculator, in Chinese and English: each indicator from its
 * facts, each score from value, benchmark, cap and weight, the total, adjustments with reasons, the rank and the class.
 * Values show 4 decimals (half-up); the total is computed from unrounded parts.
 */
public record Explanation(String unitId, List<ExplanationLine> lines) {

    public static Explanation of(EvaluationResults results, int row) {
        UnitResult u = results.unit(row);
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(new ExplanationLine(u.name() + "（" + u.id() + "），" + results.input().year() + " 年度，" + results.scheme().title(),
                u.name() + " (" + u.id() + "), data year " + results.input().year() + ", scheme " + results.scheme().id() + " v" + results.scheme().version()));
        if (u.status() == UnitStatus.EXEMPT || u.status() == UnitStatus.OUT_OF_SCOPE) {
            lines.add(new ExplanationLine(u.status().zh() + (u.exemptionName().isEmpty() ? "" : "：" + u.exemptionName()),
                    u.status().en() + (u.exemptionId().isEmpty() ? "" : ": " + u.exemptionId())));
            return new Explanation(u.id(), List.copyOf(lines));
        }
        lines.add(new ExplanationLine("评价类别：" + u.categoryName(), "category: " + u.categoryId()));
        if (u.status() == UnitStatus.INHERITED) {
            lines.add(new ExplanationLine("租赁企业，承继出租方 " + u.landlordId() + " 的档次 " + u.classBeforeVeto(),
                    "tenant: takes the class of its landlord " + u.landlordId() + ", " + u.classBeforeVeto()));
        } else {
            indicatorLines(results, u, lines);
            totalLines(u, lines);
        }
        classLines(results, u, lines);
        return new Explanation(u.id(), List.copyOf(lines));
    }

    private static void indicatorLines(EvaluationResults results, UnitResult u, List<ExplanationLine> lines) {
        for (IndicatorResult r : u.indicators()) {
            String facts = FormulaText.substitute(r.formula(), name -> results.input().value(name, u.row()));
            lines.add(new ExplanationLine(r.nameZh() + " = " + r.formula() + " = " + facts + " = " + fixed4(r.raw()) + " " + r.unit(),
                    r.nameEn() + " = " + r.formula() + " = " + facts + " = " + fixed4(r.raw()) + " " + r.unit()));
            if (r.value() != r.raw() && !(Double.isNaN(r.value()) && Double.isNaN(r.raw()))) {
                lines.add(new ExplanationLine("  " + r.note().zh() + "：" + fixed4(r.raw()) + " → " + fixed4(r.value()),
                        "  " + r.note().en() + ": " + fixed4(r.raw()) + " → " + fixed4(r.value())));
            }
            if (!r.benchmarkNote().isEmpty() && !r.benchmarkNote().equals("fixed")) {
                lines.add(new ExplanationLine("  基准 " + plain(r.benchmark()) + "（" + r.benchmarkNote() + "）",
                        "  benchmark " + plain(r.benchmark()) + " (" + r.benchmarkNote() + ")"));
            }
            lines.add(ScoreArithmetic.of(r));
        }
    }

    private static void totalLines(UnitResult u, List<ExplanationLine> lines) {
        boolean flat = u.dimensions().size() == 1 && u.dimensions().get(0).id().equals("all");
        if (flat && u.dimensions().get(0).method().equals("sum")) {
            String parts = u.indicators().stream().filter(r -> !Double.isNaN(r.weighted())).map(r -> fixed4(r.weighted())).collect(Collectors.joining(" + "));
            lines.add(new ExplanationLine("指标得分合计 " + parts + " = " + fixed4(u.aggregate()), "sum of parts " + parts + " = " + fixed4(u.aggregate())));
        } else {
            for (UnitResult.DimensionScore d : u.dimensions()) {
                lines.add(new ExplanationLine("维度 " + d.nameZh() + "（" + d.method() + "，权重 " + plain(d.weight()) + "）= " + fixed4(d.score()),
                        "dimension " + d.id() + " (" + d.method() + ", weight " + plain(d.weight()) + ") = " + fixed4(d.score())));
            }
            lines.add(new ExplanationLine("综合得分 " + fixed4(u.aggregate()), "index " + fixed4(u.aggregate())));
        }
        for (AppliedAdjustment a : u.adjustments()) {
            if (a.kind() == AppliedAdjustment.Kind.VETO) {
                continue;
            }
            String sign = a.kind() == AppliedAdjustment.Kind.BONUS ? "+" : "−";
            String times = a.occurrences() > 1 ? "（" + a.occurrences() + " 次）" : "";
            lines.add(new ExplanationLine((a.kind() == AppliedAdjustment.Kind.BONUS ? "加分 " : "减分 ") + a.nameZh() + times + " " + sign + plain(a.points()),
                    (a.kind() == AppliedAdjustment.Kind.BONUS ? "bonus " : "deduction ") + a.ruleId() + " (" + a.trigger() + ") " + sign + plain(a.points())));
        }
        if (u.bonus() != 0 || u.deduction() != 0) {
            lines.add(new ExplanationLine("加减分（封顶后）+" + plain(u.bonus()) + " −" + plain(u.deduction()),
                    "adjustments after caps +" + plain(u.bonus()) + " −" + plain(u.deduction())));
        }
        lines.add(new ExplanationLine("总分 = " + fixed4(u.aggregate()) + " + " + plain(u.bonus()) + " − " + plain(u.deduction()) + " = " + fixed4(u.total()),
                "total = " + fixed4(u.aggregate()) + " + " + plain(u.bonus()) + " − " + plain(u.deduction()) + " = " + fixed4(u.total())));
    }

    private static void classLines(EvaluationResults results, UnitResult u, List<ExplanationLine> lines) {
        if (u.ranks().city() > 0) {
            var k = u.ranks();
            lines.add(new ExplanationLine("排名：本类别全市第 " + k.city() + "/" + k.cityOf() + " 名，区县内第 " + k.district() + "/" + k.districtOf()
                    + " 名，行业（大类）内第 " + k.industry() + "/" + k.industryOf() + " 名",
                    "rank: " + k.city() + " of " + k.cityOf() + " in the category city-wide, " + k.district() + " of " + k.districtOf()
                            + " in the district, " + k.industry() + " of " + k.industryOf() + " in the industry"));
        }
        Classification cl = results.scheme().classification();
        if (u.status() == UnitStatus.UNCLASSIFIED) {
            String why = !u.exemptionId().isEmpty() ? u.exemptionName() : u.marked() ? "数据缺失已标记" : "无得分或无出租方档次";
            String whyEn = !u.exemptionId().isEmpty() ? u.exemptionId() : u.marked() ? "missing data marked" : "no score or no landlord class";
            lines.add(new ExplanationLine("不分档（" + cl.unclassifiedLabel() + "）：" + why, "no class (" + cl.unclassifiedLabel() + "): " + whyEn));
            return;
        }
        if (u.status() == UnitStatus.CLASSIFIED) {
            lines.add(rule(results, u, cl));
        }
        for (AppliedAdjustment a : u.adjustments()) {
            if (a.kind() == AppliedAdjustment.Kind.VETO) {
                lines.add(new ExplanationLine("否决/降档：" + a.nameZh() + " " + a.classEffect(), "veto: " + a.ruleId() + " (" + a.trigger() + ") " + a.classEffect()));
            }
        }
        lines.add(new ExplanationLine("最终档次：" + u.classLabel() + (u.classNameZh().isEmpty() ? "" : "（" + u.classNameZh() + "）"), "final class: " + u.classLabel()));
    }

    private static ExplanationLine rule(EvaluationResults results, UnitResult u, Classification cl) {
        int b = cl.indexOf(u.classBeforeVeto());
        ClassBand band = cl.bands().get(b);
        if (cl.method() == ClassMethod.THRESHOLDS) {
            String cond = Double.isNaN(band.minScore()) || b == cl.bands().size() - 1 ? "低于上一档分数线" : "总分 ≥ " + plain(band.minScore());
            String condEn = Double.isNaN(band.minScore()) || b == cl.bands().size() - 1 ? "below the class above" : "total ≥ " + plain(band.minScore());
            return new ExplanationLine("分档：" + cond + " → " + band.id(), "class: " + condEn + " → " + band.id());
        }
        ClassStanding st = results.classStanding(u.row());
        int from = b == 0 ? 1 : st.classEnds().get(b - 1) + 1;
        int to = st.classEnds().get(b);
        return new ExplanationLine("分档：分档组（" + st.groupDescription() + "）" + st.groupSize() + " 家中第 " + st.position() + " 位；" + band.id()
                + " 类占 " + plain(band.sharePercent()) + "%，为第 " + from + "–" + to + " 位 → " + band.id(),
                "class: position " + st.position() + " of " + st.groupSize() + " in group " + st.groupDescription() + "; class " + band.id()
                        + " is " + plain(band.sharePercent()) + "%, positions " + from + "–" + to + " → " + band.id());
    }

    public String renderZh() {
        return lines.stream().map(ExplanationLine::zh).collect(Collectors.joining("\n"));
    }

    public String renderEn() {
        return lines.stream().map(ExplanationLine::en).collect(Collectors.joining("\n"));
    }
}
