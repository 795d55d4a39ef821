package io.muyield.core.enterprise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    // Published codes of well-known companies (printed on their business licences).
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "9144030071526726XG"})
    void acceptsRealCodes(String code) {
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void checkDigitFollowsGb32100() {
        // Σ vᵢwᵢ for 91350100M000100Y4: computed by hand → c = 31 − (Σ mod 31) → '3'
        assertThat(CreditCode.checkDigit("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void checkDigitOf31MapsToZero() {
        // Seventeen zeros: Σ = 0, c = 31 − 0 = 31 → 0.
        assertThat(CreditCode.checkDigit("00000000000000000")).isEqualTo('0');
    }

    @Test
    void rejectsWrongCheckDigitWithAReason() {
        assertThat(CreditCode.problemWith("91350100M000100Y44")).hasValueSatisfying(
                p -> assertThat(p).contains("校验位").contains("应为3"));
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsForbiddenLettersAndLengths() {
        assertThat(CreditCode.problemWith("91350100M000100I43")).hasValueSatisfying(p -> assertThat(p).contains("第16位"));
        assertThat(CreditCode.problemWith("9135010")).hasValueSatisfying(p -> assertThat(p).contains("18位"));
    }

    @Test
    void parseTrimsAndUpperCases() {
        assertThat(CreditCode.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void organisationCodeCheck() {
        // GB 11714: 71526726-X (Huawei's organisation code) — Σ = 7·3+1·7+5·9+2·10+6·5+7·8+2·4+6·2 = 199; 11 − 199 mod 11 = 10 → X
        assertThat(CreditCode.organisationCheckDigit("71526726")).isEqualTo('X');
        assertThat(CreditCode.parse("9144030071526726XG").organisationCodeValid()).isTrue();
        assertThat(CreditCode.parse("9144030071526726XG").divisionCode()).isEqualTo("440300");
    }
}
