package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.OutlierRule;

/**
 * Winsorises where a rule asks for it: values outside the peer group's lower and upper percentiles (type 7) are set to
 * those percentiles. Indicators without the rule keep their arrays.
 */
final class TreatOutliers implements Step {

    public Stage stage() {
        return Stage.OUTLIERS;
    }

    public void apply(RunState s) {
        double[][] value = s.value.clone();
        byte[][] note = s.note.clone();
        boolean[] copied = new boolean[value.length];
        for (int c = 0; c < s.fits.length; c++) {
            for (RuleFit fit : s.fits[c]) {
                OutlierRule rule = fit.rule.outliers();
                if (!rule.winsorise()) {
                    continue;
                }
                int k = fit.indicator;
                if (!copied[k]) {
                    value[k] = value[k].clone();
                    note[k] = note[k].clone();
                    copied[k] = true;
                }
                winsorise(s, c, fit, value[k], note[k]);
            }
        }
        s.value = value;
        s.note = note;
    }

    private void winsorise(RunState s, int c, RuleFit fit, double[] v, byte[] note) {
        OutlierRule rule = fit.rule.outliers();
        fit.outlierGroups = PeerGroups.of(s, rule.peers(), c, fit.indicator);
        double[][] groups = fit.outlierGroups.values(v);
        fit.lowerBound = new double[groups.length];
        fit.upperBound = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            double[] sorted = PeerStatistics.sortedCopy(groups[g]);
            fit.lowerBound[g] = PeerStatistics.percentileOfSorted(sorted, rule.lowerPercentile());
            fit.upperBound[g] = PeerStatistics.percentileOfSorted(sorted, rule.upperPercentile());
        }
        long low = 0;
        long high = 0;
        for (int u : s.members(c)) {
            int g = fit.outlierGroups.groupOf(s, u);
            if (v[u] < fit.lowerBound[g]) {
                v[u] = fit.lowerBound[g];
                note[u] = RunState.NOTE_CLIPPED_LOW;
                low++;
            } else if (v[u] > fit.upperBound[g]) {
                v[u] = fit.upperBound[g];
                note[u] = RunState.NOTE_CLIPPED_HIGH;
                high++;
            }
        }
        MethodologyLog.Entry e = s.log.entry("winsorise", fit.rule.indicatorId() + " in " + s.categoryAt(c).id())
                .parameter("lower", "p" + Numbers.plain(rule.lowerPercentile())).parameter("upper", "p" + Numbers.plain(rule.upperPercentile()))
                .parameter("peers", rule.peers().word()).count("clipped", low + high).count("clipped_low", low).count("clipped_high", high);
        if (groups.length == 1) {
            e.parameter("lower_bound", fit.lowerBound[0]).parameter("upper_bound", fit.upperBound[0]);
        }
        e.add("winsorise " + fit.rule.indicatorId() + " at p" + Numbers.plain(rule.lowerPercentile()) + "/p" + Numbers.plain(rule.upperPercentile())
                + ": " + Numbers.count(low + high) + " values clipped");
    }
}
