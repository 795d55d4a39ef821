package io.muyield.core.evaluation;

import io.muyield.core.evaluation.explain.Explanation;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every complete scheme in docs/SCHEMES.md loads, and the enterprise example runs on a small city. */
class SchemesDocumentationTest {

    static List<String> schemes() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "SCHEMES.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\\n(scheme:.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyCompleteSchemeInTheDocsLoads() throws Exception {
        List<String> texts = schemes();
        assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
        for (String t : texts) {
            assertThat(SchemeLoader.load(t).id()).isNotBlank();
        }
    }

    @Test
    void theCompleteExampleRuns() throws Exception {
        Scheme example = SchemeLoader.load(schemes().get(0));
        assertThat(example.id()).isEqualTo("example-county");
        EvaluationRun run = EvaluationEngine.run(example, EvaluationInput.of(2024, SyntheticCity.units(400, 9)));
        assertThat(run.results().countInClass("A")).isPositive();
        int best = run.results().rankedRows()[0];
        assertThat(Explanation.of(run.results(), best).renderZh()).contains("维度 用地效益");
    }
}
