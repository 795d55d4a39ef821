package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The chongqing-2023 preset on the same synthetic city, side by side (docs/BENCHMARKS.md, "Evaluation: engine vs
 * DuckDB SQL"): {@code engine} is the pipeline on the columns in memory; {@code duckdbSql} is {@link ChongqingSql}, one
 * statement over the same units already loaded into an in-memory DuckDB table, materialising its result table. Neither
 * side counts loading its input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class EngineVsSqlBenchmark {

    @Param({"100000", "1000000"})
    public int units;

    private Scheme scheme;
    private EvaluationInput input;
    private Connection duck;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        scheme = SchemePresets.load(SchemePresets.CHONGQING_2023);
        input = SyntheticUnits.city(units, 1);
        duck = DriverManager.getConnection("jdbc:duckdb:");
        ChongqingSql.load(duck, input);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        duck.close();
    }

    @Benchmark
    public EvaluationResults engine() {
        return EvaluationEngine.resultsOnly(scheme, input);
    }

    @Benchmark
    public Connection duckdbSql() throws SQLException {
        ChongqingSql.run(duck);
        return duck;
    }
}
