package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.Numbers;

/**
 * The change of one fact that alone would bring a unit's total to the target: the fact's column, names and unit,
 * its current and required values. {@code reachable} is false when no value of this fact alone gets there (its item
 * is capped, or the fact does not move the score).
 */
public record FactChange(String column, String nameZh, String nameEn, String unit, double current, double required, boolean reachable) {

    public double delta() {
        return required - current;
    }

    /** "+12.3456 万元 实缴税金" / "−45.0000 吨标准煤 综合能源消费量". */
    public String describeZh() {
        if (!reachable) {
            return nameZh + "：单独调整无法达到";
        }
        return (delta() >= 0 ? "+" : "−") + Numbers.fixed4(Math.abs(delta())) + " " + unit + " " + nameZh + "（" + Numbers.fixed4(current) + " → " + Numbers.fixed4(required) + "）";
    }

    public String describeEn() {
        if (!reachable) {
            return nameEn + ": cannot get there alone";
        }
        return (delta() >= 0 ? "+" : "−") + Numbers.fixed4(Math.abs(delta())) + " " + unit + " " + nameEn + " (" + Numbers.fixed4(current) + " → " + Numbers.fixed4(required) + ")";
    }
}
