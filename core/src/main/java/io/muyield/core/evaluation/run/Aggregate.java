package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.AggregationMethod;
import io.muyield.core.evaluation.scheme.ScoreDimension;
import io.muyield.core.evaluation.scheme.ScoringModel;

import java.util.Arrays;
import java.util.List;

/**
 * Indicator parts → dimension scores → index, each level with its method (see {@link AggregationMethod}). Items left
 * out (missing under EXCLUDE) drop from the sums of weights; a dimension with nothing present is missing.
 */
final class Aggregate implements Step {

    public Stage stage() {
        return Stage.AGGREGATE;
    }

    public void apply(RunState s) {
        int maxDims = s.categories().stream().mapToInt(c -> c.model().map(m -> m.dimensions().size()).orElse(0)).max().orElse(0);
        s.dimension = new double[maxDims][s.n];
        for (double[] d : s.dimension) {
            Arrays.fill(d, Double.NaN);
        }
        s.aggregate = new double[s.n];
        Arrays.fill(s.aggregate, Double.NaN);
        for (int c = 0; c < s.fits.length; c++) {
            if (s.categoryAt(c).model().isPresent()) {
                aggregate(s, c, s.categoryAt(c).model().get());
            }
        }
    }

    private void aggregate(RunState s, int c, ScoringModel model) {
        List<ScoreDimension> dims = model.dimensions();
        RuleFit[] fits = s.fits[c];
        int[] dimOf = s.ruleDimension[c];
        double[][] capped = new double[fits.length][];
        double[][] weighted = new double[fits.length][];
        double[] w = new double[fits.length];
        for (int r = 0; r < fits.length; r++) {
            capped[r] = s.capped[fits[r].indicator];
            weighted[r] = s.weighted[fits[r].indicator];
            w[r] = fits[r].rule.weight();
        }
        double[] dimScore = new double[dims.size()];
        double[] dimWeight = dims.stream().mapToDouble(ScoreDimension::weight).toArray();
        long missing = 0;
        double[] cappedRow = new double[fits.length];
        double[] weightedRow = new double[fits.length];
        for (int u : s.members(c)) {
            for (int r = 0; r < fits.length; r++) {
                cappedRow[r] = capped[r][u];
                weightedRow[r] = weighted[r][u];
            }
            s.aggregate[u] = unit(model, dimOf, w, cappedRow, weightedRow, dimScore, dimWeight);
            for (int d = 0; d < dims.size(); d++) {
                s.dimension[d][u] = dimScore[d];
            }
            if (Double.isNaN(s.aggregate[u])) {
                missing++;
            }
        }
        s.log.entry(stage().label(), s.categoryAt(c).id()).parameter("index", model.method().word())
                .parameter("dimensions", model.flat() ? "one (flat list)" : dims.stream().map(d -> d.id() + " " + Numbers.plain(d.weight()) + " " + d.method().word()).reduce((a, b) -> a + ", " + b).orElse(""))
                .count("no_score", missing).add(model.flat() ? "total = " + (dims.get(0).method() == AggregationMethod.SUM ? "Σ parts" : dims.get(0).method().word()) : "indicator → dimension → index");
    }

    /** One unit: its dimension scores (written to {@code dimScore}) and its index, from its clamped and weighted parts. */
    static double unit(ScoringModel model, int[] dimOf, double[] w, double[] capped, double[] weighted, double[] dimScore, double[] dimWeight) {
        List<ScoreDimension> dims = model.dimensions();
        for (int d = 0; d < dims.size(); d++) {
            double sumW = 0, presentW = 0, acc = 0;
            AggregationMethod m = dims.get(d).method();
            for (int r = 0; r < w.length; r++) {
                if (dimOf[r] != d) {
                    continue;
                }
                sumW += w[r];
                double v = capped[r];
                if (Double.isNaN(v)) {
                    continue;
                }
                presentW += w[r];
                acc += m == AggregationMethod.GEOMETRIC_MEAN ? w[r] * Math.log(Math.max(v, 0)) : weighted[r];
            }
            dimScore[d] = combine(m, acc, sumW, presentW);
        }
        return index(model.method(), dimScore, dimWeight);
    }

    /** The level's value from its accumulated sum (Σ w·x, or Σ w·ln x for geometric). */
    static double combine(AggregationMethod m, double acc, double sumW, double presentW) {
        if (presentW == 0) {
            return Double.NaN;
        }
        return switch (m) {
            case SUM -> presentW == sumW ? acc : acc * (sumW / presentW);
            case ARITHMETIC_MEAN -> acc / presentW;
            case GEOMETRIC_MEAN -> Math.exp(acc / presentW);
        };
    }

    static double index(AggregationMethod m, double[] dimScore, double[] dimWeight) {
        if (dimScore.length == 1 && dimWeight[0] == 1 && m == AggregationMethod.SUM) {
            return dimScore[0];
        }
        double sumW = 0, presentW = 0, acc = 0;
        for (int d = 0; d < dimScore.length; d++) {
            sumW += dimWeight[d];
            if (Double.isNaN(dimScore[d])) {
                continue;
            }
            presentW += dimWeight[d];
            acc += m == AggregationMethod.GEOMETRIC_MEAN ? dimWeight[d] * Math.log(Math.max(dimScore[d], 0)) : dimWeight[d] * dimScore[d];
        }
        return combine(m, acc, sumW, presentW);
    }
}
