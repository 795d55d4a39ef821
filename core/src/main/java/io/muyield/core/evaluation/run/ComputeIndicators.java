package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.BoundExpression;
import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;

import java.util.List;

/** Evaluates every indicator formula over all units, column at a time (division by zero → missing). */
final class ComputeIndicators implements Step {

    public Stage stage() {
        return Stage.INDICATORS;
    }

    /** Binds the formulas of the indicators some category scores (sequentially: binding may cache columns). */
    private static BoundExpression[] bind(RunState s, List<IndicatorDefinition> defs) {
        BoundExpression[] bound = new BoundExpression[defs.size()];
        for (int k = 0; k < defs.size(); k++) {
            IndicatorDefinition d = defs.get(k);
            s.unitsScoring(k);
            if (!s.used(k)) {
                continue;
            }
            try {
                bound[k] = ExpressionBinder.bind(d.formula(), s.columns);
            } catch (IllegalArgumentException ex) {
                throw new EvaluationException("indicator " + d.id() + " (scheme line " + d.line() + "): " + ex.getMessage());
            }
        }
        return bound;
    }

    public void apply(RunState s) {
        List<IndicatorDefinition> defs = s.scheme.indicators();
        s.raw = new double[defs.size()][];
        double[] unused = new double[s.n];
        java.util.Arrays.fill(unused, Double.NaN);
        BoundExpression[] bound = bind(s, defs);
        long[] missing = new long[defs.size()];
        long[] negative = new long[defs.size()];
        RowChunks.forEachTask(defs.size(), k -> {
            s.raw[k] = bound[k] == null ? unused : bound[k].evaluateAll(s.n);
            for (int u : s.unitsScoring(k)) {
                double v = s.raw[k][u];
                if (Double.isNaN(v)) {
                    missing[k]++;
                } else if (v < 0) {
                    negative[k]++;
                }
            }
        });
        for (int k = 0; k < defs.size(); k++) {
            IndicatorDefinition d = defs.get(k);
            if (bound[k] == null) {
                continue;
            }
            int[] units = s.unitsScoring(k);
            s.log.entry(stage().label(), d.id()).parameter("formula", d.formulaText()).parameter("unit", d.unit())
                    .parameter("direction", d.direction() == io.muyield.core.evaluation.scheme.Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    .count("scored_units", units.length).count("missing", missing[k]).count("negative", negative[k])
                    .add(d.nameZh() + " = " + d.formulaText() + "; " + Numbers.count(missing[k]) + " of " + Numbers.count(units.length)
                            + " values missing (a missing fact or a zero denominator)");
        }
    }
}
