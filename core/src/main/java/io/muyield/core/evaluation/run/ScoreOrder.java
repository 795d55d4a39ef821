package io.muyield.core.evaluation.run;

import java.util.Arrays;

/**
 * The deterministic order of scored units: total descending; equal totals by the weighted parts in the category's
 * indicator order (descending, missing last); then by unit id (ascending). Totals are sorted by a stable LSD radix sort
 * on their IEEE-754 bits (11-bit digits; passes where every key has the same digit are skipped), ties are then settled run by run. {@link #byCategory} keeps that order
 * within each category.
 */
final class ScoreOrder {

    private ScoreOrder() {
    }

    static int[] byTotal(RunState s) {
        int count = 0;
        for (int u = 0; u < s.n; u++) {
            if (ranked(s, u)) count++;
        }
        int[] idx = new int[count];
        long[] keys = new long[count];
        int i = 0;
        for (int u = 0; u < s.n; u++) {
            if (ranked(s, u)) {
                idx[i] = u;
                keys[i++] = descendingKey(s.total[u]);
            }
        }
        Sorted sorted = radixSort(keys, idx);
        settleTies(s, sorted.keys(), sorted.idx());
        return sorted.idx();
    }

    static boolean ranked(RunState s, int u) {
        return s.category[u] >= 0 && s.scored(s.category[u]) && !Double.isNaN(s.total[u]);
    }

    /** Stable counting sort of {@code byTotal} by category. */
    static int[] byCategory(RunState s, int[] byTotal) {
        int cats = s.categories().size();
        int[] start = new int[cats + 1];
        for (int u : byTotal) {
            start[s.category[u] + 1]++;
        }
        for (int c = 0; c < cats; c++) {
            start[c + 1] += start[c];
        }
        int[] out = new int[byTotal.length];
        for (int u : byTotal) {
            out[start[s.category[u]]++] = u;
        }
        return out;
    }

    static long descendingKey(double d) {
        long bits = Double.doubleToLongBits(d == 0 ? 0.0 : d);
        long signedOrder = bits ^ ((bits >> 63) & 0x7FFFFFFFFFFFFFFFL);
        return ~(signedOrder ^ Long.MIN_VALUE);
    }

    /** Sorts idx by keys (unsigned, ascending, stable); returns the array that holds the result. */
    private static Sorted radixSort(long[] keys, int[] idx) {
        int n = keys.length;
        long[] k2 = new long[n];
        int[] i2 = new int[n];
        int[] counts = new int[1 << 11];
        for (int shift = 0; shift < 64; shift += 11) {
            Arrays.fill(counts, 0);
            for (long k : keys) {
                counts[(int) ((k >>> shift) & 0x7FF)]++;
            }
            if (counts[(int) ((keys.length == 0 ? 0 : keys[0] >>> shift) & 0x7FF)] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < counts.length; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int b = (int) ((keys[i] >>> shift) & 0x7FF);
                int pos = counts[b]++;
                k2[pos] = keys[i];
                i2[pos] = idx[i];
            }
            long[] tk = keys;
            keys = k2;
            k2 = tk;
            int[] ti = idx;
            idx = i2;
            i2 = ti;
        }
        return new Sorted(keys, idx);
    }

    private record Sorted(long[] keys, int[] idx) {
    }

    private static void settleTies(RunState s, long[] keys, int[] idx) {
        int start = 0;
        while (start < idx.length) {
            int end = start + 1;
            while (end < idx.length && keys[end] == keys[start]) {
                end++;
            }
            if (end - start > 1 && !inOrder(s, idx, start, end)) {
                if (end - start <= 32) {
                    insertionSort(s, idx, start, end);
                } else {
                    Integer[] run = new Integer[end - start];
                    for (int i = start; i < end; i++) run[i - start] = idx[i];
                    Arrays.sort(run, (a, b) -> compareTied(s, a, b));
                    for (int i = start; i < end; i++) idx[i] = run[i - start];
                }
            }
            start = end;
        }
    }

    private static boolean inOrder(RunState s, int[] idx, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (compareTied(s, idx[i - 1], idx[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void insertionSort(RunState s, int[] idx, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            int x = idx[i];
            int j = i - 1;
            while (j >= start && compareTied(s, idx[j], x) > 0) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = x;
        }
    }

    static int compareTied(RunState s, int a, int b) {
        RuleFit[] fa = s.fits[s.category[a]];
        RuleFit[] fb = s.fits[s.category[b]];
        for (int r = 0; r < Math.min(fa.length, fb.length); r++) {
            double pa = part(s, fa[r], a);
            double pb = part(s, fb[r], b);
            if (pa != pb) {
                return pa > pb ? -1 : 1;
            }
        }
        return Integer.compare(a, b);
    }

    private static double part(RunState s, RuleFit f, int u) {
        double v = s.weighted[f.indicator][u];
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
