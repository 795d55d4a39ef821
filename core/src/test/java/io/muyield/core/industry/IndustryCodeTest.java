package io.muyield.core.industry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndustryCodeTest {

    @Test
    void levelsFollowLength() {
        assertThat(IndustryCode.parse("C").level()).isEqualTo(IndustryLevel.SECTION);
        assertThat(IndustryCode.parse("36").level()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(IndustryCode.parse("361").level()).isEqualTo(IndustryLevel.GROUP);
        assertThat(IndustryCode.parse(" 3612 ").level()).isEqualTo(IndustryLevel.CLASS);
    }

    @Test
    void manufacturingIsDivisions13To43() {
        assertThat(IndustryCode.parse("1310").isManufacturing()).isTrue();
        assertThat(IndustryCode.parse("4390").isManufacturing()).isTrue();
        assertThat(IndustryCode.parse("0610").isManufacturing()).isFalse();
        assertThat(IndustryCode.parse("4411").isManufacturing()).isFalse();
        assertThat(IndustryCode.parse("C").isManufacturing()).isTrue();
    }

    @Test
    void prefixesAndParents() {
        IndustryCode c = IndustryCode.parse("3914");
        assertThat(c.within(IndustryCode.parse("39"))).isTrue();
        assertThat(c.within(IndustryCode.parse("391"))).isTrue();
        assertThat(c.within(IndustryCode.parse("392"))).isFalse();
        assertThat(c.division()).contains(IndustryCode.parse("39"));
        assertThat(c.parentWithinDigits()).contains(IndustryCode.parse("391"));
        assertThat(IndustryCode.parse("39").parentWithinDigits()).isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        assertThatThrownBy(() -> IndustryCode.parse("36A")).hasMessageContaining("行业代码");
        assertThatThrownBy(() -> IndustryCode.parse("36121")).hasMessageContaining("2–4");
        assertThatThrownBy(() -> IndustryCode.parse("Z")).isInstanceOf(IllegalArgumentException.class);
    }
}
