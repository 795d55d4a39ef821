package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.ColumnSource;
import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.MissingTreatment;
import io.muyield.core.evaluation.scheme.ScoreDimension;
import io.muyield.core.evaluation.scheme.ScoringModel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-scores one unit with some of its input values changed, everything learnt from its peers held as the run fitted
 * it (benchmarks, winsorising bounds, normaliser statistics, imputation values, mean scores, bonuses). This is what
 * "how much more tax would lift it a class" needs; the answer ignores the small shift a change makes to peer statistics.
 */
public final class UnitRescoring {

    private final RunState s;
    private final int unit;
    private final int category;

    public UnitRescoring(EvaluationResults results, int row) {
        this.s = results.state();
        this.unit = row;
        this.category = s.category[row];
        if (category < 0 || !s.scored(category)) {
            throw new IllegalArgumentException("unit " + s.input.id(row) + " is not scored in this run");
        }
    }

    /** The columns the unit's indicator formulas read (its facts). */
    public Set<String> inputColumns() {
        Set<String> out = new TreeSet<>();
        for (RuleFit f : s.fits[category]) {
            out.addAll(s.scheme.indicators().get(f.indicator).formula().names());
        }
        return out;
    }

    public double value(String column) {
        return s.columns.column(column).map(c -> c[unit]).orElse(Double.NaN);
    }

    /** The total the unit would have with these input values changed. */
    public double totalWith(Map<String, Double> overrides) {
        RuleFit[] fits = s.fits[category];
        ScoringModel model = s.categoryAt(category).model().orElseThrow();
        ColumnSource row = new OneRow(overrides);
        double[] w = new double[fits.length];
        double[] capped = new double[fits.length];
        double[] weighted = new double[fits.length];
        for (int r = 0; r < fits.length; r++) {
            RuleFit f = fits[r];
            double raw = ExpressionBinder.bind(s.scheme.indicators().get(f.indicator).formula(), row).at(0);
            w[r] = f.rule.weight();
            capped[r] = score(f, raw);
            weighted[r] = capped[r] * w[r];
        }
        double[] dimScore = new double[model.dimensions().size()];
        double[] dimWeight = model.dimensions().stream().mapToDouble(ScoreDimension::weight).toArray();
        double agg = Aggregate.unit(model, s.ruleDimension[category], w, capped, weighted, dimScore, dimWeight);
        return agg + s.bonus[unit] - s.deduction[unit];
    }

    private double score(RuleFit f, double raw) {
        double v = raw;
        MissingTreatment t = f.rule.missing().treatment();
        if (Double.isNaN(v) && t == MissingTreatment.ZERO) {
            v = 0;
        } else if (Double.isNaN(v) && (t == MissingTreatment.MEAN || t == MissingTreatment.MEDIAN)) {
            v = f.imputeValue[f.imputeGroups.groupOf(s, unit)];
        }
        if (f.outlierGroups != null && !Double.isNaN(v)) {
            int g = f.outlierGroups.groupOf(s, unit);
            v = Math.min(Math.max(v, f.lowerBound[g]), f.upperBound[g]);
        }
        double n = f.normalisers[f.normaliserGroups.groupOf(s, unit)].apply(v, s.benchmark[f.indicator][unit]);
        if (!Double.isNaN(n)) {
            n = Math.min(Math.max(n, f.rule.floor().orElse(Double.NEGATIVE_INFINITY)), f.rule.cap().orElse(Double.POSITIVE_INFINITY));
            return n;
        }
        return switch (t) {
            case MEAN_SCORE -> f.meanScore[f.scoreGroups.groupOf(s, unit)];
            case MARK -> 0;
            default -> Double.NaN;
        };
    }

    public double currentTotal() {
        return s.total[unit];
    }

    /** The unit's row as a one-row column source, with overrides. */
    private final class OneRow implements ColumnSource {
        private final Map<String, Double> overrides;
        private final Map<String, double[]> cache = new HashMap<>();

        OneRow(Map<String, Double> overrides) {
            this.overrides = overrides;
        }

        public int size() {
            return 1;
        }

        public Optional<double[]> column(String name) {
            double[] c = cache.get(name);
            if (c != null) {
                return Optional.of(c);
            }
            Optional<double[]> base = s.columns.column(name);
            if (base.isEmpty()) {
                return Optional.empty();
            }
            double[] one = {overrides.getOrDefault(name, base.get()[unit])};
            cache.put(name, one);
            return Optional.of(one);
        }

        public boolean hasTag(String tag, int row) {
            return s.input.hasTag(tag, unit);
        }

        public int eventCount(String event, int row) {
            return s.input.eventCount(event, unit);
        }
    }
}
