package io.muyield.core.cluster;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TargetPathTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void requiredGrowthDoublesInTwoYearsAtAboutFortyOnePercent() {
        // 500 → 1000 in 2 years: √2 − 1 = 0.41421…
        TargetPath p = new TargetPath(d("500"), 2025, d("1000"), 2027, OptionalDouble.of(0.3));
        assertThat(p.requiredGrowth().getAsDouble()).isCloseTo(Math.sqrt(2) - 1, within(1e-12));
        assertThat(p.share()).isEqualByComparingTo("0.5");
        assertThat(p.gap()).isEqualByComparingTo("500");
        assertThat(p.status()).isEqualTo(TargetPath.Status.OFF_TRACK);
        assertThat(new TargetPath(d("500"), 2025, d("1000"), 2027, OptionalDouble.of(0.42)).status()).isEqualTo(TargetPath.Status.ON_TRACK);
    }

    @Test
    void reachedMissedAndNoBase() {
        assertThat(new TargetPath(d("1200"), 2025, d("1000"), 2027, OptionalDouble.empty()).status()).isEqualTo(TargetPath.Status.REACHED);
        assertThat(new TargetPath(d("1200"), 2025, d("1000"), 2027, OptionalDouble.empty()).gap()).isEqualByComparingTo("0");
        assertThat(new TargetPath(d("900"), 2027, d("1000"), 2027, OptionalDouble.of(0.5)).status()).isEqualTo(TargetPath.Status.MISSED);
        assertThat(new TargetPath(d("900"), 2027, d("1000"), 2027, OptionalDouble.of(0.5)).requiredGrowth()).isEmpty();
        assertThat(new TargetPath(d("0"), 2025, d("1000"), 2027, OptionalDouble.empty()).status()).isEqualTo(TargetPath.Status.NO_BASE);
        assertThat(new TargetPath(d("10"), 2025, d("1000"), 2027, OptionalDouble.empty()).status()).isEqualTo(TargetPath.Status.NO_TREND);
        assertThatThrownBy(() -> new TargetPath(d("1"), 2025, d("0"), 2027, OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growthRates() {
        assertThat(Growth.yearOnYear(d("400"), d("500")).getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(Growth.compound(d("1000"), d("1331"), 3).getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(Growth.yearOnYear(d("0"), d("500"))).isEmpty();
        assertThat(Growth.yearOnYear(d("-5"), d("500"))).isEmpty();
        assertThatThrownBy(() -> Growth.compound(d("1"), d("2"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
