package io.muyield.core.evaluation.run;

import java.util.List;
import java.util.Set;

/**
 * Everything a run says about one unit: where it was put, its indicator rows, dimension scores, adjustments with
 * reasons, total, class before and after vetoes, ranks. Class labels are "" when none was given.
 */
public record UnitResult(int row, String id, String name, String district, String industry, String categoryId, String categoryName,
                         UnitStatus status, String exemptionId, String exemptionName, List<IndicatorResult> indicators,
                         List<DimensionScore> dimensions, double aggregate, List<AppliedAdjustment> adjustments, double bonus,
                         double deduction, double total, String classBeforeVeto, String classLabel, String classNameZh,
                         Ranks ranks, boolean marked, String landlordId, Set<String> tags) {

    /** A dimension's score and weight in the index (one unnamed dimension for a flat list of indicators). */
    public record DimensionScore(String id, String nameZh, double weight, String method, double score) {
    }

    public boolean classified() {
        return !classLabel.isEmpty();
    }
}
