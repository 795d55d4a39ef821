package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.analysis.WhatIf;
import io.muyield.core.evaluation.analysis.WhatIfResult;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.OptionalDouble;

/**
 * What-ifs on a finished run of 100,000 units (docs/BENCHMARKS.md, "Evaluation engine"): re-weighting plus new quotas
 * (recomputed from the weight step), a new cap (from cap/floor), and a new benchmark (from the benchmark step); each
 * also builds the class transition matrix against the base.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class WhatIfBenchmark {

    @Param({"100000"})
    public int units;

    private EvaluationResults base;

    @Setup
    public void setUp() {
        base = EvaluationEngine.resultsOnly(SchemePresets.load(SchemePresets.CHONGQING_2023), SyntheticUnits.city(units, 2));
    }

    @Benchmark
    public WhatIfResult reweightAndRequota() {
        return WhatIf.on(base).weight("above_scale", "RD_INTENSITY", 20).weight("above_scale", "TAX_PER_MU", 20)
                .share("A", 25).share("B", 40).run();
    }

    @Benchmark
    public WhatIfResult recap() {
        return WhatIf.on(base).cap("above_scale", "TAX_PER_MU", OptionalDouble.of(2)).run();
    }

    @Benchmark
    public WhatIfResult rebenchmark() {
        return WhatIf.on(base).benchmark("above_scale", "VALUE_ADDED_PER_MU", 150).run();
    }
}
