package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.analysis.WhatIf;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemePresets;

/**
 * A quick wall-clock check without JMH: {@code java -cp … io.muyield.bench.evaluation.EvaluationTiming [UNITS] [RUNS] [PRESET]}
 * prints the best of RUNS for the full pipeline and for a what-if (weights + quotas) on 100,000 units.
 */
public final class EvaluationTiming {

    private EvaluationTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Scheme scheme = SchemePresets.load(args.length > 2 ? args[2] : SchemePresets.CHONGQING_2023);
        EvaluationInput input = SyntheticUnits.city(n, 1);
        long bestHash = Long.MAX_VALUE;
        String hash = "";
        for (int i = 0; i < 3; i++) {
            EvaluationInput copy = i == 0 ? input : SyntheticUnits.city(n, 1);
            long t0 = System.nanoTime();
            hash = copy.snapshotSha256();
            bestHash = Math.min(bestHash, System.nanoTime() - t0);
        }
        System.out.printf("input snapshot SHA-256 of %,d units: best of 3 %.1f ms (%s)%n", n, bestHash / 1e6, hash.substring(0, 12));
        long best = Long.MAX_VALUE;
        EvaluationResults results = null;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            results = EvaluationEngine.resultsOnly(scheme, input);
            best = Math.min(best, System.nanoTime() - s);
        }
        System.out.printf("full pipeline, %,d units, %s: best of %d %.1f ms%n", n, scheme.id(), runs, best / 1e6);
        EvaluationResults small = EvaluationEngine.resultsOnly(scheme, SyntheticUnits.city(100_000, 2));
        long bestWhatIf = Long.MAX_VALUE;
        for (int i = 0; i < runs * 5; i++) {
            long s = System.nanoTime();
            WhatIf.on(small).weight("above_scale", "RD_INTENSITY", 20 + i % 2).weight("above_scale", "TAX_PER_MU", 20).share("A", 25).share("B", 40).run();
            bestWhatIf = Math.min(bestWhatIf, System.nanoTime() - s);
        }
        System.out.printf("what-if (2 weights + 2 quotas) on 100,000 units: best of %d %.1f ms%n", runs * 5, bestWhatIf / 1e6);
        System.out.println(results.countInClass("A") + " A");
    }
}
