package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.BoundExpression;
import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.Exemption;
import io.muyield.core.evaluation.scheme.ExemptionEffect;

import java.util.Arrays;
import java.util.List;

/** Applies the exemptions in order; the first whose condition holds decides: excluded, or scored without a class. */
final class SelectAndExempt implements Step {

    public Stage stage() {
        return Stage.SELECT_AND_EXEMPT;
    }

    public void apply(RunState s) {
        s.status = new byte[s.n];
        s.exemption = new int[s.n];
        s.noClass = new boolean[s.n];
        Arrays.fill(s.exemption, -1);
        Arrays.fill(s.status, (byte) UnitStatus.CLASSIFIED.ordinal());
        List<Exemption> exemptions = s.scheme.exemptions();
        BoundExpression[] when = new BoundExpression[exemptions.size()];
        for (int x = 0; x < when.length; x++) {
            when[x] = bind(s, exemptions.get(x));
        }
        long[][] perChunk = new long[RowChunks.count(s.n)][when.length];
        RowChunks.forEachChunk(s.n, chunk -> {
            for (int u = RowChunks.start(chunk); u < RowChunks.end(chunk, s.n); u++) {
                for (int x = 0; x < when.length; x++) {
                    if (when[x].holds(u)) {
                        s.exemption[u] = x;
                        perChunk[chunk][x]++;
                        if (exemptions.get(x).effect() == ExemptionEffect.EXCLUDE) {
                            s.status[u] = (byte) UnitStatus.EXEMPT.ordinal();
                        } else {
                            s.noClass[u] = true;
                        }
                        break;
                    }
                }
            }
        });
        long[] counts = new long[when.length];
        for (long[] c : perChunk) {
            for (int x = 0; x < when.length; x++) counts[x] += c[x];
        }
        for (int x = 0; x < when.length; x++) {
            Exemption e = exemptions.get(x);
            s.log.entry(stage().label(), e.id()).parameter("when", e.whenText()).parameter("effect", e.effect().name().toLowerCase(java.util.Locale.ROOT))
                    .count("units", counts[x]).add(e.nameZh() + ": " + Numbers.count(counts[x]) + " units "
                            + (e.effect() == ExemptionEffect.EXCLUDE ? "not evaluated" : "scored but left unclassified"));
        }
        s.log.entry(stage().label(), "").count("units", s.n).add(Numbers.count(s.n) + " units in the input (year " + s.input.year() + ")");
    }

    private static BoundExpression bind(RunState s, Exemption e) {
        try {
            return ExpressionBinder.bind(e.when(), s.columns);
        } catch (IllegalArgumentException ex) {
            throw new EvaluationException("exemption " + e.id() + " (scheme line " + e.line() + "): " + ex.getMessage());
        }
    }
}
