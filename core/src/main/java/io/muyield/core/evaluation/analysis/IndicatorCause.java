package io.muyield.core.evaluation.analysis;

/** How one indicator moved for a unit between two runs: its value and its weighted part, before and after. */
public record IndicatorCause(String indicatorId, String nameZh, double valueBefore, double valueAfter, double partBefore, double partAfter) {

    public double partChange() {
        return nz(partAfter) - nz(partBefore);
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
