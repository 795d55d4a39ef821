package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;

import java.util.List;

/** Evaluates every indicator formula over all units, column at a time (division by zero → missing). */
final class ComputeIndicators implements Step {

    public Stage stage() {
        return Stage.INDICATORS;
    }

    public void apply(RunState s) {
        List<IndicatorDefinition> defs = s.scheme.indicators();
        s.raw = new double[defs.size()][];
        double[] unused = null;
        for (int k = 0; k < defs.size(); k++) {
            IndicatorDefinition d = defs.get(k);
            if (!s.used(k)) {
                if (unused == null) {
                    unused = new double[s.n];
                    java.util.Arrays.fill(unused, Double.NaN);
                }
                s.raw[k] = unused;
                continue;
            }
            try {
                s.raw[k] = ExpressionBinder.bind(d.formula(), s.columns).evaluateAll(s.n);
            } catch (IllegalArgumentException ex) {
                throw new EvaluationException("indicator " + d.id() + " (scheme line " + d.line() + "): " + ex.getMessage());
            }
            int[] units = s.unitsScoring(k);
            long missing = 0;
            long negative = 0;
            for (int u : units) {
                double v = s.raw[k][u];
                if (Double.isNaN(v)) {
                    missing++;
                } else if (v < 0) {
                    negative++;
                }
            }
            s.log.entry(stage().label(), d.id()).parameter("formula", d.formulaText()).parameter("unit", d.unit())
                    .parameter("direction", d.direction() == io.muyield.core.evaluation.scheme.Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    .count("scored_units", units.length).count("missing", missing).count("negative", negative)
                    .add(d.nameZh() + " = " + d.formulaText() + "; " + String.format("%,d", missing) + " of " + String.format("%,d", units.length)
                            + " values missing (a missing fact or a zero denominator)");
        }
    }
}
