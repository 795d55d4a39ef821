package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.MissingRule;
import io.muyield.core.evaluation.scheme.MissingTreatment;
import io.muyield.core.evaluation.scheme.PeerScope;

/**
 * Fills missing indicator values before scoring by the rule of each category: 0, or the peer group's mean or median
 * of the values present (a group with no values falls back to the whole category). MEAN_SCORE, EXCLUDE and MARK act
 * after scoring (see {@link CapAndFloor}); here their values stay missing.
 */
final class ImputeMissing implements Step {

    public Stage stage() {
        return Stage.IMPUTE;
    }

    public void apply(RunState s) {
        s.value = new double[s.raw.length][];
        s.note = new byte[s.raw.length][];
        for (int k = 0; k < s.raw.length; k++) {
            s.value[k] = s.used(k) ? s.raw[k].clone() : s.raw[k];
            s.note[k] = new byte[s.n];
        }
        for (int c = 0; c < s.fits.length; c++) {
            for (RuleFit fit : s.fits[c]) {
                impute(s, c, fit);
            }
        }
    }

    private void impute(RunState s, int c, RuleFit fit) {
        MissingRule rule = fit.rule.missing();
        MissingTreatment t = rule.treatment();
        double[] v = s.value[fit.indicator];
        byte[] note = s.note[fit.indicator];
        boolean byStatistic = t == MissingTreatment.MEAN || t == MissingTreatment.MEDIAN;
        if (byStatistic) {
            fit.imputeGroups = PeerGroups.of(s, rule.peers(), c, fit.indicator);
            fit.imputeValue = groupStatistic(s, c, fit, t);
        }
        long filled = 0;
        for (int u : s.members(c)) {
            if (!Double.isNaN(v[u])) {
                continue;
            }
            filled++;
            switch (t) {
                case ZERO -> {
                    v[u] = 0;
                    note[u] = RunState.NOTE_IMPUTED;
                }
                case MEAN, MEDIAN -> {
                    v[u] = fit.imputeValue[fit.imputeGroups.groupOf(s, u)];
                    note[u] = RunState.NOTE_IMPUTED;
                }
                default -> note[u] = RunState.NOTE_MISSING;
            }
        }
        String subject = fit.rule.indicatorId() + " in " + s.categoryAt(c).id();
        MethodologyLog.Entry e = s.log.entry(stage().label(), subject).parameter("rule", t.word()).parameter("peers", rule.peers().word()).count("missing", filled);
        if (byStatistic && fit.imputeGroups.groupCount() == 1) {
            e.parameter("value", fit.imputeValue[0]);
        }
        e.add(filled == 0 ? "no missing values" : byStatistic || t == MissingTreatment.ZERO
                ? Numbers.count(filled) + " missing values set to the " + (t == MissingTreatment.ZERO ? "value 0" : "peer " + t.word())
                : Numbers.count(filled) + " missing values left for the " + t.word() + " rule after scoring");
    }

    private static double[] groupStatistic(RunState s, int c, RuleFit fit, MissingTreatment t) {
        double[][] groups = fit.imputeGroups.values(s.raw[fit.indicator]);
        double[] whole = PeerGroups.of(s, PeerScope.CATEGORY, c, fit.indicator).values(s.raw[fit.indicator])[0];
        double fallback = t == MissingTreatment.MEAN ? PeerStatistics.mean(whole) : PeerStatistics.median(whole);
        double[] out = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            double[] vals = groups[g];
            out[g] = vals.length == 0 ? fallback : t == MissingTreatment.MEAN ? PeerStatistics.mean(vals) : PeerStatistics.median(vals);
        }
        return out;
    }
}
