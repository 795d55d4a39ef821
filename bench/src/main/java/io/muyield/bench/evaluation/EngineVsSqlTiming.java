package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemePresets;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Wall-clock check beside {@link EngineVsSqlBenchmark} (best of R, which on a shared machine is the least disturbed
 * run): the engine and {@link ChongqingSql} on the same synthetic city. Usage: {@code EngineVsSqlTiming UNITS RUNS}.
 */
public final class EngineVsSqlTiming {

    private EngineVsSqlTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Scheme scheme = SchemePresets.load(SchemePresets.CHONGQING_2023);
        EvaluationInput input = SyntheticUnits.city(n, 1);
        long engine = Long.MAX_VALUE;
        long sql = Long.MAX_VALUE;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            ChongqingSql.load(duck, input);
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                EvaluationEngine.resultsOnly(scheme, input);
                engine = Math.min(engine, System.nanoTime() - t);
                t = System.nanoTime();
                ChongqingSql.run(duck);
                sql = Math.min(sql, System.nanoTime() - t);
            }
        }
        System.out.printf("%,d units, best of %d: engine %d ms, DuckDB SQL %d ms, ratio %.1f×%n", n, runs, engine / 1_000_000, sql / 1_000_000,
                (double) sql / engine);
    }
}
