package io.muyield.core.evaluation.scheme;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * How an indicator's benchmark is set (DOMAIN-NOTES §1.7): a published constant, a constant per year or per industry,
 * or a statistic of a peer group of the run itself.
 */
public sealed interface BenchmarkRule {

    /** A method that needs no benchmark (min-max, z-score, rank …). */
    record Absent() implements BenchmarkRule {
    }

    record Fixed(double value) implements BenchmarkRule {
    }

    /** One published value per data year; the run's year picks it. */
    record ByYear(SortedMap<Integer, Double> values) implements BenchmarkRule {
    }

    /** Values per GB/T 4754 code prefix ("26", "2614"); the longest matching prefix wins, else the fallback. */
    record ByIndustry(Map<String, Double> values, OptionalDouble fallback) implements BenchmarkRule {
    }

    /**
     * A statistic of the indicator over the peer group, times a factor (Huai'an: 2 × the county average).
     * {@code parameter} is the trim share in per cent per side (trimmed mean) or the percentile (percentile).
     * Industry groups with fewer than {@code minPeers} values fall back to the category-wide statistic.
     */
    record Derived(Statistic statistic, PeerScope peers, double parameter, double factor, int minPeers) implements BenchmarkRule {
    }

    enum Statistic {
        MEAN("mean"), MEDIAN("median"), TRIMMED_MEAN("trimmed_mean"), PERCENTILE("percentile"), AGGREGATE_RATIO("aggregate_ratio");

        private final String word;

        Statistic(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
