package io.muyield.store;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DECIMAL(24, 6): six decimals half-up, at most 18 integer digits, read back plain. */
class StoredDecimalTest {

    @Test
    void writesSixDecimalsHalfUp() {
        assertThat(StoredDecimal.toColumn(new BigDecimal("1.0000005"))).isEqualTo(new BigDecimal("1.000001"));
        assertThat(StoredDecimal.toColumn(new BigDecimal("-1.0000005"))).isEqualTo(new BigDecimal("-1.000001"));
        assertThat(StoredDecimal.toColumn(BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.000000"));
        assertThat(StoredDecimal.toColumn(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000.000000"));
    }

    @Test
    void refusesEighteenIntegerDigitsAndMoreOnEitherSide() {
        assertThat(StoredDecimal.toColumn(new BigDecimal("999999999999999999.9999994")))
                .isEqualTo(new BigDecimal("999999999999999999.999999"));
        assertThatThrownBy(() -> StoredDecimal.toColumn(new BigDecimal("999999999999999999.9999995")))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> StoredDecimal.toColumn(new BigDecimal("1E+18"))).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> StoredDecimal.toColumn(new BigDecimal("-1000000000000000000"))).hasMessageContaining("does not fit");
        assertThat(StoredDecimal.toColumn(new BigDecimal("-999999999999999999"))).isEqualByComparingTo("-999999999999999999");
    }

    @Test
    void readsBackPlain() {
        assertThat(StoredDecimal.fromColumn(new BigDecimal("240.000000")).toString()).isEqualTo("240");
        assertThat(StoredDecimal.fromColumn(new BigDecimal("0.500000")).toString()).isEqualTo("0.5");
        assertThat(StoredDecimal.fromColumn(null)).isNull();
    }
}
