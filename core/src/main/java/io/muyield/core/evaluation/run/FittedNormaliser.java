package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.NormaliserKind;
import io.muyield.core.evaluation.scheme.NormaliserSpec;

import java.util.Arrays;

/**
 * A normalisation method with its peer statistics fitted, applying to one value at a time (so one unit can be
 * re-scored alone). For LOWER_IS_BETTER ({@code sign} −1) RATIO uses benchmark ÷ x; the others work on −x as COINr
 * does, SCALED excepted (its goalposts already say which way is better).
 */
public final class FittedNormaliser {

    private final NormaliserSpec spec;
    private final int sign;
    private final double[] sorted;
    private final double min;
    private final double max;
    private final double mean;
    private final double sd;

    private FittedNormaliser(NormaliserSpec spec, int sign, double[] sorted, double mean, double sd) {
        this.spec = spec;
        this.sign = sign;
        this.sorted = sorted;
        this.min = sorted.length == 0 ? Double.NaN : sorted[0];
        this.max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        this.mean = mean;
        this.sd = sd;
    }

    /** Fits over the peer values present (in original units). */
    public static FittedNormaliser fit(NormaliserSpec spec, int sign, double[] peerValues) {
        NormaliserKind k = spec.kind();
        boolean needsPeers = k != NormaliserKind.RATIO && k != NormaliserKind.SCALED && k != NormaliserKind.NONE;
        if (!needsPeers) {
            return new FittedNormaliser(spec, sign, new double[0], Double.NaN, Double.NaN);
        }
        double[] v = peerValues.clone();
        if (sign < 0) {
            for (int i = 0; i < v.length; i++) v[i] = -v[i];
        }
        double mean = k == NormaliserKind.Z_SCORE ? PeerStatistics.mean(v) : Double.NaN;
        double sd = k == NormaliserKind.Z_SCORE ? PeerStatistics.sd(v, spec.sampleSd()) : Double.NaN;
        Arrays.sort(v);
        return new FittedNormaliser(spec, sign, v, mean, sd);
    }

    public double apply(double x, double benchmark) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return switch (spec.kind()) {
            case RATIO -> sign > 0 ? x / benchmark : (x == 0 ? Double.NaN : benchmark / x);
            case NONE -> x;
            case SCALED -> (x - spec.low()) / (scaledHigh(benchmark) - spec.low()) * spec.scale();
            default -> peerBased(sign * x);
        };
    }

    private double peerBased(double y) {
        return switch (spec.kind()) {
            case MIN_MAX -> (y - min) / (max - min) * (spec.high() - spec.low()) + spec.low();
            case Z_SCORE -> (y - mean) / sd * spec.high() + spec.low();
            case RANK -> rankMin(y);
            case PERCENTILE_RANK -> (rankMin(y) - 1) / (sorted.length - 1) * spec.scale();
            case DISTANCE_TO_TARGET -> {
                double t = sign * spec.target();
                double r = 1 - (t - y) / (t - min);
                yield spec.capAtTarget() ? Math.min(r, 1) : r;
            }
            default -> 1 - (max - y) / (max - min);
        };
    }

    /** 1 + the number of peer values strictly below y (R's rank with ties.method = "min"). */
    private double rankMin(double y) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    public double scaledHigh(double benchmark) {
        return Double.isNaN(spec.high()) ? benchmark : spec.high();
    }

    public NormaliserSpec spec() {
        return spec;
    }

    public int sign() {
        return sign;
    }

    /** Peer minimum (of sign·x). */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double mean() {
        return mean;
    }

    public double sd() {
        return sd;
    }

    public int peerCount() {
        return sorted.length;
    }
}
