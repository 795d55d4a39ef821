package io.muyield.core.evaluation.scheme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeLoaderTest {

    static final String GOOD = """
            scheme: demo
            version: 3
            title: 示例
            indicators:
              - id: TAX_PER_MU
                formula: tax / land
            categories:
              - id: all
                indicators:
                  - id: TAX_PER_MU
                    weight: 40
                    benchmark: 15
            classification:
              method: quota
              classes:
                - {id: A, share: 20}
                - {id: B, share: 80}
            """;

    @Test
    void loadsAValidScheme() {
        Scheme s = SchemeLoader.load(GOOD);
        assertThat(s.id()).isEqualTo("demo");
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.categories().get(0).model().orElseThrow().rules().findFirst().orElseThrow().weight()).isEqualTo(40);
        assertThat(s.textSha256()).hasSize(64);
    }

    @Test
    void aBadWeightNamesItsLineAndValue() {
        assertThatThrownBy(() -> SchemeLoader.load(GOOD.replace("weight: 40", "weight: abc")))
                .isInstanceOf(InvalidSchemeException.class)
                .hasMessage("scheme.yaml line 11: weight must be a number, was \"abc\"");
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        String bad = GOOD.replace("formula: tax / land", "formula: tax / lnad").replace("    weight: 40", "    wieght: 40")
                .replace("share: 80", "share: 70");
        InvalidSchemeException e = (InvalidSchemeException) org.assertj.core.api.Assertions.catchThrowable(() -> SchemeLoader.load(bad, "cq.yaml"));
        assertThat(e.getMessage())
                .contains("cq.yaml line 6: formula of TAX_PER_MU refers to unknown column 'lnad'")
                .contains("cq.yaml line 11: unknown key 'wieght'")
                .contains("cq.yaml line 10: indicators item needs 'weight'")
                .contains("class shares must add up to 100, they add up to 90");
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void formulaSyntaxErrorsSayWhere() {
        assertThatThrownBy(() -> SchemeLoader.load(GOOD.replace("tax / land", "tax / (land")))
                .hasMessageContaining("line 6: formula of TAX_PER_MU \"tax / (land\" does not parse: at position 12: expected ')'");
    }

    @Test
    void ratioScoringWithoutABenchmarkIsRefused() {
        assertThatThrownBy(() -> SchemeLoader.load(GOOD.replace("        benchmark: 15\n", "")))
                .hasMessageContaining("line 10: TAX_PER_MU is scored by ratio and needs a benchmark");
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertThatThrownBy(() -> SchemeLoader.load("scheme: x\nversion: [1\n"))
                .isInstanceOf(InvalidSchemeException.class).hasMessageContaining("scheme.yaml line 3: not valid YAML");
    }

    @Test
    void vetoClassesMustExist() {
        String withVeto = GOOD + "adjustments:\n  vetoes:\n    - {id: v, event: major_safety_accident, effect: force, class: D}\n";
        assertThatThrownBy(() -> SchemeLoader.load(withVeto)).hasMessageContaining("line 20: veto v needs a class that the classification defines");
    }

    @Test
    void everyPresetLoadsAndCitesItsSource() {
        for (String id : SchemePresets.ids()) {
            Scheme s = SchemePresets.load(id);
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.source()).contains("DOMAIN.md");
            assertThat(s.assumptions()).isNotEmpty();
        }
    }
}
