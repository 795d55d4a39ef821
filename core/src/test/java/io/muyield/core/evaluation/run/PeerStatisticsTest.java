package io.muyield.core.evaluation.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed statistics; percentiles as R's quantile(type = 7), trimmed mean as R's mean(x, trim). */
class PeerStatisticsTest {

    @Test
    void meanMedianAndPercentiles() {
        assertThat(PeerStatistics.mean(new double[]{1, 2, 3, 4})).isEqualTo(2.5);
        assertThat(PeerStatistics.median(new double[]{4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(PeerStatistics.median(new double[]{5, 1, 3})).isEqualTo(3);
        // h = (5 − 1) × 0.8 = 3.2 → 4 + 0.2 × (5 − 4)
        assertThat(PeerStatistics.percentile(new double[]{1, 2, 3, 4, 5}, 80)).isCloseTo(4.2, within(1e-12));
        assertThat(PeerStatistics.percentile(new double[]{10, 20}, 1)).isCloseTo(10.1, within(1e-12));
        assertThat(PeerStatistics.percentile(new double[]{7}, 99)).isEqualTo(7);
    }

    @Test
    void trimmedMeanDropsTheSameCountAtEachEnd() {
        assertThat(PeerStatistics.trimmedMean(new double[]{1, 2, 3, 4, 100}, 20)).isEqualTo(3);
        // n = 10, trim 10 % → drop 1 each end
        assertThat(PeerStatistics.trimmedMean(new double[]{0, 1, 1, 1, 1, 1, 1, 1, 1, 50}, 10)).isEqualTo(1);
    }

    @Test
    void sampleAndPopulationStandardDeviation() {
        double[] x = {1, 2, 3, 4, 10};
        assertThat(PeerStatistics.sd(x, true)).isCloseTo(Math.sqrt(12.5), within(1e-12));
        assertThat(PeerStatistics.sd(x, false)).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(PeerStatistics.sd(new double[]{3}, true)).isNaN();
    }
}
