package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.SyntheticCity;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/** Results and the input hash do not depend on how many threads run the chunked work (parallel streams use the caller's pool). */
class ThreadCountTest {

    @Test
    void oneThreadAndFourThreadsGiveBitIdenticalResults() throws Exception {
        EvaluationInput a = EvaluationInput.of(2023, SyntheticCity.units(150_000, 21));
        EvaluationInput b = EvaluationInput.of(2023, SyntheticCity.units(150_000, 21));
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            EvaluationRun r1 = one.submit(() -> EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), a)).get();
            EvaluationRun r4 = four.submit(() -> EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), b)).get();
            assertThat(r4.inputSha256()).isEqualTo(r1.inputSha256());
            assertThat(r4.log().render()).isEqualTo(r1.log().render());
            for (int i = 0; i < a.size(); i++) {
                assertThat(Double.doubleToRawLongBits(r4.results().total(i))).isEqualTo(Double.doubleToRawLongBits(r1.results().total(i)));
                assertThat(r4.results().classIndex(i)).isEqualTo(r1.results().classIndex(i));
                assertThat(r4.results().cityRank(i)).isEqualTo(r1.results().cityRank(i));
            }
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }
}
