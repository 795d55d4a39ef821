package io.muyield.synth;

/**
 * A small, fast, seedable stream of random numbers (SplitMix64), positioned by (seed, stream, index) so that any
 * enterprise's draws can be made without making anyone else's: the generator is deterministic and parallel.
 * Mutable and reused per thread; never shared between threads.
 */
final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    /** Positions the stream at (seed, stream, index, sub). */
    Draws at(long seed, long stream, long index, long sub) {
        state = hash(seed, stream, index, sub);
        return this;
    }

    long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    int below(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    boolean chance(double p) {
        return uniform() < p;
    }

    /** Standard normal, by the inverse CDF of one uniform (so one draw per deviate, whatever the value). */
    double normal() {
        return InverseNormal.of(0.5 * 0x1.0p-53 + uniform());
    }

    /** exp(σ·Z − σ²/2): a lognormal multiplier with mean 1. */
    double lognormalMeanOne(double sigma) {
        return Math.exp(sigma * normal() - 0.5 * sigma * sigma);
    }

    double between(double lo, double hi) {
        return lo + (hi - lo) * uniform();
    }

    /** Index drawn from cumulative weights (last entry = total). */
    int pick(double[] cumulative) {
        double x = uniform() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static long hash(long seed, long a, long b, long c) {
        long h = mix(seed ^ 0x632BE59BD9B4E019L);
        h = mix(h + GOLDEN * (a + 1));
        h = mix(h ^ (b * 0xD1B54A32D192ED03L + GOLDEN));
        return mix(h + (c + 1) * 0xAEF17502108EF2D9L);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
