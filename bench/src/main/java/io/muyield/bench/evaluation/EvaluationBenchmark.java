package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The full evaluation pipeline on a synthetic city held in memory (docs/BENCHMARKS.md, "Evaluation engine"):
 * {@code pipeline} is select &amp; exempt → … → rank; {@code runWithRecord} is the same plus the input snapshot
 * SHA-256 and the run record (the input is a fresh copy each call so the hash is not cached).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class EvaluationBenchmark {

    @Param({"1000000"})
    public int units;

    @Param({"chongqing-2023"})
    public String preset;

    private Scheme scheme;
    private EvaluationInput input;

    @Setup(Level.Trial)
    public void setUp() {
        scheme = SchemePresets.load(preset);
        input = SyntheticUnits.city(units, 1);
    }

    @Benchmark
    public EvaluationResults pipeline() {
        return EvaluationEngine.resultsOnly(scheme, input);
    }

    /** Input hash + pipeline + run record; the hash of a fresh copy is computed every call. */
    @State(Scope.Thread)
    public static class FreshInput {
        EvaluationInput copy;

        @Setup(Level.Invocation)
        public void copy(EvaluationBenchmark b) {
            copy = null;
            copy = SyntheticUnits.city(b.units, 1);
            System.gc();
        }
    }

    @Benchmark
    public EvaluationRun runWithRecord(FreshInput fresh) {
        return EvaluationEngine.run(scheme, fresh.copy);
    }
}
