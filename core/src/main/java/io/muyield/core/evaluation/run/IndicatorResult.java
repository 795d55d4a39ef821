package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.NormaliserKind;

/**
 * One indicator of one unit, step by step: the raw formula value, the value after imputation/winsorising, the
 * benchmark, the normalised value, the value after cap and floor, the weight and the weighted part; and the peer
 * parameters of its normalisation (NaN where unused) so the arithmetic can be redone by hand.
 */
public record IndicatorResult(String indicatorId, String nameZh, String nameEn, String unit, String formula, String dimensionId,
                              double raw, double value, ValueNote note, double benchmark, String benchmarkNote,
                              NormaliserKind normaliser, int sign, double normalised, double cap, double floor, double capped,
                              double weight, double weighted, Peers peers) {

    /** The normalisation's parameters as fitted on the peer group (min, max of sign·x …) and as set (low, high, scale, target). */
    public record Peers(double min, double max, double mean, double sd, int count, double low, double high, double scale,
                        double target, boolean sampleSd, boolean capAtTarget) {
    }

    public boolean wasCapped() {
        return !Double.isNaN(normalised) && capped < normalised;
    }

    public boolean wasFloored() {
        return !Double.isNaN(normalised) && capped > normalised;
    }
}
