package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.MissingTreatment;

import java.util.OptionalDouble;

/**
 * Clamps each normalised value to [floor, cap] where set (a cap of 1.5 under ratio scoring = 1.5 × the weight), then
 * applies the after-scoring missing-data rules: MEAN_SCORE gives the peer group's mean of the clamped values present,
 * MARK gives 0 and marks the unit (left unclassified), EXCLUDE leaves the item out.
 */
final class CapAndFloor implements Step {

    public Stage stage() {
        return Stage.CAP_AND_FLOOR;
    }

    public void apply(RunState s) {
        double[][] out = new double[s.raw.length][];
        boolean[] marked = new boolean[s.n];
        byte[][] note = s.note.clone();
        for (int c = 0; c < s.fits.length; c++) {
            for (RuleFit fit : s.fits[c]) {
                int k = fit.indicator;
                RunState.allocateMissing(out, k, s.n);
                clamp(s, c, fit, out[k]);
                if (fit.rule.missing().treatment() == MissingTreatment.MEAN_SCORE || fit.rule.missing().treatment() == MissingTreatment.MARK) {
                    if (note[k] == s.note[k]) {
                        note[k] = note[k].clone();
                    }
                    afterScoring(s, c, fit, out[k], note[k], marked);
                }
            }
        }
        s.capped = out;
        s.note = note;
        s.marked = marked;
    }

    private void clamp(RunState s, int c, RuleFit fit, double[] out) {
        double[] norm = s.normalised[fit.indicator];
        OptionalDouble cap = fit.rule.cap();
        OptionalDouble floor = fit.rule.floor();
        double hi = cap.isPresent() ? cap.getAsDouble() : Double.POSITIVE_INFINITY;
        double lo = floor.isPresent() ? floor.getAsDouble() : Double.NEGATIVE_INFINITY;
        long capped = 0;
        long floored = 0;
        for (int u : s.members(c)) {
            double x = norm[u];
            if (x > hi) {
                x = hi;
                capped++;
            } else if (x < lo) {
                x = lo;
                floored++;
            }
            out[u] = x;
        }
        s.log.entry(stage().label(), fit.rule.indicatorId() + " in " + s.categoryAt(c).id())
                .parameter("cap", cap.isPresent() ? Numbers.plain(hi) : "none").parameter("floor", floor.isPresent() ? Numbers.plain(lo) : "none")
                .count("capped", capped).count("floored", floored)
                .add(Numbers.count(capped) + " values capped, " + Numbers.count(floored) + " floored");
    }

    private void afterScoring(RunState s, int c, RuleFit fit, double[] out, byte[] note, boolean[] marked) {
        MissingTreatment t = fit.rule.missing().treatment();
        long applied = 0;
        if (t == MissingTreatment.MARK) {
            for (int u : s.members(c)) {
                if (Double.isNaN(out[u])) {
                    out[u] = 0;
                    marked[u] = true;
                    note[u] = RunState.NOTE_MARKED;
                    applied++;
                }
            }
            s.log.entry("missing after scoring", fit.rule.indicatorId() + " in " + s.categoryAt(c).id()).parameter("rule", "mark").count("marked", applied)
                    .add(Numbers.count(applied) + " units scored 0 on this item and left unclassified");
            return;
        }
        fit.scoreGroups = PeerGroups.of(s, fit.rule.missing().peers(), c, fit.indicator);
        double[][] groups = fit.scoreGroups.values(out);
        fit.meanScore = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            fit.meanScore[g] = PeerStatistics.mean(groups[g]);
        }
        for (int u : s.members(c)) {
            if (Double.isNaN(out[u])) {
                out[u] = fit.meanScore[fit.scoreGroups.groupOf(s, u)];
                note[u] = RunState.NOTE_MEAN_SCORE;
                applied++;
            }
        }
        MethodologyLog.Entry e = s.log.entry("missing after scoring", fit.rule.indicatorId() + " in " + s.categoryAt(c).id())
                .parameter("rule", "mean_score").parameter("peers", fit.rule.missing().peers().word()).count("imputed", applied);
        if (groups.length == 1) {
            e.parameter("mean_normalised", fit.meanScore[0]);
        }
        e.add(Numbers.count(applied) + " units given the peer group's mean score on this item");
    }
}
