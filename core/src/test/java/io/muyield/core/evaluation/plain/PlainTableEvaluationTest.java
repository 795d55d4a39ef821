package io.muyield.core.evaluation.plain;

import io.muyield.core.evaluation.run.EvaluationRun;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A small composite indicator the OECD/JRC way, computed by hand: min-max to [0, 100] (CO₂ lower is better, so on −x),
 * weighted arithmetic mean with weights 2, 1, 1.
 * gdp → 0, 33.333, 100, 66.667; co2 → 50, 100, 0, 66.667; edu → 33.333, 66.667, 100, 0;
 * index a = (0·2 + 50 + 33.333)/4 = 20.8333, b = 58.3333, c = 75, d = 50.
 */
class PlainTableEvaluationTest {

    static final String SCHEME = """
            scheme: composite-demo
            version: 1
            input: table
            year: 2024
            indicators:
              - {id: gdp, name: 人均GDP}
              - {id: co2, name: 人均碳排放, direction: lower}
              - {id: edu, name: 高等教育比例}
            defaults:
              normalise: {method: min_max, low: 0, high: 100}
            categories:
              - id: all
                name: 全部
                dimensions:
                  - id: index
                    weight: 1
                    aggregation: arithmetic_mean
                    indicators:
                      - {id: gdp, weight: 2}
                      - {id: co2, weight: 1}
                      - {id: edu, weight: 1}
            classification:
              method: quota
              classes: [{id: A, share: 25}, {id: B, share: 25}, {id: C, share: 25}, {id: D, share: 25}]
            """;

    static final String CSV = """
            id,name,gdp,co2,edu
            a,"Alpha, Inc",10,5,0.5
            b,Beta,20,2,0.7
            c,Gamma,40,8,0.9
            d,Delta,30,4,0.3
            """;

    @Test
    void computesTheCompositeByTheBook() throws Exception {
        EvaluationRun run = PlainTableEvaluation.run(SCHEME, new StringReader(CSV));
        var r = run.results();
        assertThat(r.unit("a").orElseThrow().total()).isCloseTo(250.0 / 12, within(1e-12));
        assertThat(r.unit("b").orElseThrow().total()).isCloseTo(175.0 / 3, within(1e-12));
        assertThat(r.unit("c").orElseThrow().total()).isCloseTo(75, within(1e-12));
        assertThat(r.unit("d").orElseThrow().total()).isCloseTo(50, within(1e-12));
        assertThat(r.unit("c").orElseThrow().classLabel()).isEqualTo("A");
        assertThat(r.unit("a").orElseThrow().classLabel()).isEqualTo("D");
        assertThat(r.unit("a").orElseThrow().name()).isEqualTo("Alpha, Inc");
    }

    @Test
    void writesOneCsvRowPerUnit() throws Exception {
        String out = PlainTableEvaluation.evaluate(SCHEME, new StringReader(CSV));
        String[] lines = out.split("\n");
        assertThat(lines[0]).isEqualTo("id,name,category,status,gdp,gdp_normalised,gdp_part,co2,co2_normalised,co2_part,edu,edu_normalised,edu_part,total,class,rank");
        assertThat(lines[3]).startsWith("c,Gamma,all,classified,40,100,200,8,0,0,0.9,100,100,75,A,1");
        assertThat(lines[1]).startsWith("a,\"Alpha, Inc\",all,classified,10,0,0,5,50,50,");
        assertThat(lines).hasSize(5);
    }

    @Test
    void aCellThatIsNotANumberNamesItsLine() {
        assertThatThrownBy(() -> PlainTableEvaluation.run(SCHEME, new StringReader(CSV.replace("30,4,0.3", "30,four,0.3"))))
                .hasMessage("data.csv line 5: column co2: \"four\" is not a number");
    }

    @Test
    void aFormulaOverAMissingColumnIsRefusedWithTheSchemeLine() {
        assertThatThrownBy(() -> PlainTableEvaluation.run(SCHEME.replace("{id: edu, name: 高等教育比例}", "{id: edu, formula: edu_share}"), new StringReader(CSV)))
                .hasMessageContaining("indicator edu (scheme line 8): unknown column 'edu_share'");
    }
}
