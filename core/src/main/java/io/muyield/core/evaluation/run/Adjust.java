package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.AdjustmentRule;
import io.muyield.core.evaluation.scheme.Adjustments;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** total = aggregate + bonus (capped in total) − deduction (capped in total); rules out of force for the year are skipped. */
final class Adjust implements Step {

    public Stage stage() {
        return Stage.ADJUST;
    }

    public void apply(RunState s) {
        Adjustments a = s.scheme.adjustments();
        int year = s.input.year();
        s.bonus = points(s, a.bonuses(), a.bonusCap(), year, "bonus");
        s.deduction = points(s, a.deductions(), a.deductionCap(), year, "deduction");
        s.total = new double[s.n];
        Arrays.fill(s.total, Double.NaN);
        for (int u = 0; u < s.n; u++) {
            if (s.category[u] >= 0 && !Double.isNaN(s.aggregate[u])) {
                s.total[u] = s.aggregate[u] + s.bonus[u] - s.deduction[u];
            }
        }
    }

    /** Adds the rule's points to every unit it applies to (rule by rule, so the sums run in rule order). */
    private static void add(RunState s, AdjustmentRule r, double[] out) {
        if (r.onTag()) {
            boolean[] has = s.input.tagColumn(r.trigger()).orElse(null);
            for (int u = 0; has != null && u < s.n; u++) {
                if (has[u]) {
                    out[u] += r.points();
                }
            }
            return;
        }
        int[] count = s.input.eventColumn(r.trigger()).orElse(null);
        for (int u = 0; count != null && u < s.n; u++) {
            if (count[u] > 0) {
                out[u] += r.perOccurrence() ? r.points() * count[u] : r.points();
            }
        }
    }

    private double[] points(RunState s, List<AdjustmentRule> rules, OptionalDouble cap, int year, String kind) {
        double[] out = new double[s.n];
        long units = 0;
        long capped = 0;
        if (rules.isEmpty()) {
            return out;
        }
        for (AdjustmentRule r : rules) {
            if (r.inForce(year)) {
                add(s, r, out);
            }
        }
        double max = cap.isPresent() ? cap.getAsDouble() : Double.POSITIVE_INFINITY;
        for (int u = 0; u < s.n; u++) {
            if (s.category[u] < 0 || !s.scoredCategory[s.category[u]]) {
                out[u] = 0;
            } else if (out[u] > max) {
                out[u] = max;
                capped++;
            }
            units += out[u] > 0 ? 1 : 0;
        }
        for (AdjustmentRule r : rules) {
            s.log.entry("adjust " + kind, r.id()).parameter(r.onTag() ? "tag" : "event", r.trigger()).parameter("points", r.points())
                    .parameter("per_occurrence", r.perOccurrence()).parameter("in_force", r.inForce(year)).add(r.nameZh());
        }
        s.log.entry("adjust " + kind, "").parameter("cap", cap.isPresent() ? Numbers.plain(cap.getAsDouble()) : "none")
                .count("units", units).count("capped", capped).add(Numbers.count(units) + " units with a " + kind);
        return out;
    }
}
