package io.muyield.core.evaluation.run;

import java.util.Arrays;

/**
 * Statistics of the values present in a peer group (no NaN in the arrays handed in). Sums run in the order given, so
 * results are the same on every run. Percentiles are R's type 7 (linear interpolation between order statistics):
 * h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
public final class PeerStatistics {

    private PeerStatistics() {
    }

    public static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Standard deviation: of the sample (divides by n − 1, as R's sd and COINr's z-score) or of the population (by n). */
    public static double sd(double[] v, boolean sample) {
        int n = v.length;
        if (n < (sample ? 2 : 1)) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (sample ? n - 1 : n));
    }

    public static double min(double[] v) {
        double m = Double.NaN;
        for (double x : v) {
            m = Double.isNaN(m) || x < m ? x : m;
        }
        return m;
    }

    public static double max(double[] v) {
        double m = Double.NaN;
        for (double x : v) {
            m = Double.isNaN(m) || x > m ? x : m;
        }
        return m;
    }

    public static double median(double[] v) {
        return percentile(v, 50);
    }

    /** Percentile p in [0, 100], type 7. */
    public static double percentile(double[] v, double p) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = sortedCopy(v);
        return percentileOfSorted(s, p);
    }

    public static double percentileOfSorted(double[] s, double p) {
        if (s.length == 0) {
            return Double.NaN;
        }
        double h = (s.length - 1) * (p / 100.0);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /**
     * Mean after dropping ⌊n·trim/100⌋ values at each end (R's mean(x, trim = trim/100) drops the same count).
     */
    public static double trimmedMean(double[] v, double trimPercent) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = sortedCopy(v);
        int k = (int) Math.floor(s.length * trimPercent / 100.0);
        if (2 * k >= s.length) {
            return median(v);
        }
        double sum = 0;
        for (int i = k; i < s.length - k; i++) {
            sum += s[i];
        }
        return sum / (s.length - 2 * k);
    }

    public static double[] sortedCopy(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
