package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.NormaliserKind;
import io.muyield.core.evaluation.scheme.NormaliserSpec;


/** Normalises each rule's values with its method, fitted per peer group (see {@link FittedNormaliser}). */
final class NormaliseValues implements Step {

    public Stage stage() {
        return Stage.NORMALISE;
    }

    public void apply(RunState s) {
        double[][] out = new double[s.raw.length][];
        for (int c = 0; c < s.fits.length; c++) {
            for (RuleFit fit : s.fits[c]) {
                int k = fit.indicator;
                RunState.allocateMissing(out, k, s.n);
                normalise(s, c, fit, out[k]);
            }
        }
        s.normalised = out;
    }

    private void normalise(RunState s, int c, RuleFit fit, double[] out) {
        NormaliserSpec spec = fit.rule.normaliser();
        double[] v = s.value[fit.indicator];
        double[] b = s.benchmark[fit.indicator];
        fit.normaliserGroups = PeerGroups.of(s, spec.peers(), c, fit.indicator);
        boolean peerBased = spec.kind() != NormaliserKind.RATIO && spec.kind() != NormaliserKind.SCALED && spec.kind() != NormaliserKind.NONE;
        double[][] groups = peerBased ? fit.normaliserGroups.values(v) : new double[fit.normaliserGroups.groupCount()][0];
        fit.normalisers = new FittedNormaliser[groups.length];
        for (int g = 0; g < groups.length; g++) {
            fit.normalisers[g] = FittedNormaliser.fit(spec, fit.sign, groups[g]);
        }
        long undefined = 0;
        int[] members = s.members(c);
        if (fit.normalisers.length == 1) {
            FittedNormaliser only = fit.normalisers[0];
            for (int u : members) {
                out[u] = only.apply(v[u], b[u]);
            }
        } else {
            for (int u : members) {
                out[u] = fit.normalisers[fit.normaliserGroups.groupOf(s, u)].apply(v[u], b[u]);
            }
        }
        for (int u : members) {
            if (Double.isNaN(out[u]) && !Double.isNaN(v[u])) {
                undefined++;
            }
        }
        log(s, c, fit, undefined);
    }

    private void log(RunState s, int c, RuleFit fit, long undefined) {
        NormaliserSpec spec = fit.rule.normaliser();
        MethodologyLog.Entry e = s.log.entry(stage().label(), fit.rule.indicatorId() + " in " + s.categoryAt(c).id())
                .parameter("method", spec.kind().word()).parameter("direction", fit.sign > 0 ? "higher" : "lower");
        switch (spec.kind()) {
            case MIN_MAX -> e.parameter("low", spec.low()).parameter("high", spec.high());
            case Z_SCORE -> e.parameter("mean", spec.low()).parameter("sd", spec.high()).parameter("sd_of", spec.sampleSd() ? "sample (n-1)" : "population (n)");
            case PERCENTILE_RANK, SCALED -> e.parameter("low", spec.low()).parameter("high", Double.isNaN(spec.high()) ? "benchmark" : Numbers.plain(spec.high())).parameter("scale", spec.scale());
            case DISTANCE_TO_TARGET -> e.parameter("target", spec.target()).parameter("cap_at_target", spec.capAtTarget());
            default -> {
            }
        }
        if (spec.kind() != NormaliserKind.RATIO && spec.kind() != NormaliserKind.NONE && spec.kind() != NormaliserKind.SCALED) {
            e.parameter("peers", spec.peers().word());
            if (fit.normalisers.length == 1) {
                FittedNormaliser f = fit.normalisers[0];
                e.parameter("peer_min", f.min()).parameter("peer_max", f.max()).count("peer_values", f.peerCount());
                if (spec.kind() == NormaliserKind.Z_SCORE) {
                    e.parameter("peer_mean", f.mean()).parameter("peer_sd", f.sd());
                }
            }
        }
        e.count("undefined", undefined).add(spec.kind() == NormaliserKind.RATIO ? (fit.sign > 0 ? "value ÷ benchmark" : "benchmark ÷ value")
                : spec.kind().word() + (undefined > 0 ? "; " + undefined + " values undefined (zero spread or single peer)" : ""));
    }
}
