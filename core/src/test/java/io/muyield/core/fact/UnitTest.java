package io.muyield.core.fact;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitTest {

    @Test
    void squareMetresToMuIsExact() {
        // 1 亩 = 10000/15 m²: 20000 m² = 30 亩 exactly, 666.67 m² = 1.000005 亩
        assertThat(Quantity.of("20000", Unit.SQUARE_METRE).toCanonical()).isEqualByComparingTo("30");
        assertThat(Quantity.of("666.67", Unit.SQUARE_METRE).toCanonical()).isEqualByComparingTo("1.000005");
        assertThat(Quantity.of("2", Unit.HECTARE).toCanonical()).isEqualByComparingTo("30");
    }

    @Test
    void moneyConvertsToWanYuan() {
        assertThat(Quantity.of("12345678", Unit.YUAN).toCanonical()).isEqualByComparingTo("1234.5678");
        assertThat(Quantity.of("1234", Unit.THOUSAND_YUAN).toCanonical()).isEqualByComparingTo("123.4");
        assertThat(Quantity.of("2.6", Unit.YI_YUAN).toCanonical()).isEqualByComparingTo("26000");
        assertThat(Quantity.of("26000", Unit.WAN_YUAN).to(Unit.YI_YUAN).value()).isEqualByComparingTo("2.6");
    }

    @Test
    void electricityAndMass() {
        assertThat(Quantity.of("1.5", Unit.WAN_KWH).toCanonical()).isEqualByComparingTo("15000");
        assertThat(Quantity.of("250", Unit.KILOGRAM).toCanonical()).isEqualByComparingTo("0.25");
    }

    @Test
    void refusesToMixDimensions() {
        assertThatThrownBy(() -> Quantity.of("1", Unit.MU).to(Unit.WAN_YUAN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesHeaderUnitWords() {
        assertThat(Unit.fromLabel("万元")).contains(Unit.WAN_YUAN);
        assertThat(Unit.fromLabel("㎡")).contains(Unit.SQUARE_METRE);
        assertThat(Unit.fromLabel("kWh")).contains(Unit.KWH);
        assertThat(Unit.fromLabel("吨标准煤")).contains(Unit.TCE);
        assertThat(Unit.fromLabel("furlongs")).isEmpty();
    }

    @Test
    void everyFieldHasACanonicalUnitOfItsDimension() {
        for (FactField f : FactField.values()) {
            assertThat(f.canonicalUnit().dimension()).isEqualTo(f.dimension());
            assertThat(f.canonicalUnit().toCanonicalFactor()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(FactField.ofColumn(f.column())).isEqualTo(f);
        }
    }
}
