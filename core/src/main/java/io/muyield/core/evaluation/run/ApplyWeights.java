package io.muyield.core.evaluation.run;


/** Weighted part = clamped normalised value × the rule's weight. */
final class ApplyWeights implements Step {

    public Stage stage() {
        return Stage.WEIGHT;
    }

    public void apply(RunState s) {
        double[][] out = new double[s.raw.length][];
        for (int c = 0; c < s.fits.length; c++) {
            StringBuilder weights = new StringBuilder();
            for (RuleFit fit : s.fits[c]) {
                int k = fit.indicator;
                RunState.allocateMissing(out, k, s.n);
                double w = fit.rule.weight();
                double[] capped = s.capped[k];
                double[] o = out[k];
                for (int u : s.members(c)) {
                    o[u] = capped[u] * w;
                }
                weights.append(weights.length() == 0 ? "" : ", ").append(fit.rule.indicatorId()).append(' ').append(Numbers.plain(w));
            }
            if (s.fits[c].length > 0) {
                s.log.entry(stage().label(), s.categoryAt(c).id()).parameter("weights", weights.toString()).add("part = normalised (capped) × weight");
            }
        }
        s.weighted = out;
    }
}
