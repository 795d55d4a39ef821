package io.muyield.store.evaluation;

import java.util.Map;

/**
 * A district, park or industry (大类) in one run: how many enterprises it has, how many were classed and in which
 * class, and its per-mu figures as ratios of sums (Σ tax ÷ Σ land, Σ value added ÷ Σ land) over its enterprises of
 * the run with land and the numerator known; NaN when there is no land.
 */
public record GroupFigures(String code, long enterprises, long classified, Map<String, Long> classCounts, double taxPerMu,
                           double valueAddedPerMu, double landMu, double meanTotal) {

    public double share(String classLabel) {
        return classified == 0 ? Double.NaN : classCounts.getOrDefault(classLabel, 0L) / (double) classified;
    }
}
