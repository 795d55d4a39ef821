package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.evaluation.GroupFigureRepository;
import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.ResultRepository;
import io.muyield.store.evaluation.RunRecord;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.RunWriter;
import io.muyield.store.evaluation.StoredRun;
import io.muyield.store.query.Condition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Wall-clock timing of storing and reading a run (docs/BENCHMARKS.md, "Evaluation runs: store and read"): a run of
 * chongqing-2023 over N synthetic units written to a fresh DuckDB file and, when a PostgreSQL URL is given, to a fresh
 * schema there; then a filtered results page, the class counts, one enterprise's full result, and the recomputation
 * of the run from its stored snapshot. Usage: {@code RunStoreTiming UNITS [jdbc:postgresql://… user password]}.
 */
public final class RunStoreTiming {

    private RunStoreTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        EvaluationRun run = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), SyntheticUnits.city(n, 1));
        Path dir = Files.createTempDirectory("muyield-run-timing");
        try (Database duck = Database.forDataDir(dir)) {
            measure("DuckDB", duck, run);
        }
        if (args.length >= 3) {
            String schema = "run_timing_" + System.nanoTime();
            try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            try (Database pg = Database.open(args[1] + (args[1].contains("?") ? "&" : "?") + "currentSchema=" + schema, args[2], args[3])) {
                measure("PostgreSQL", pg, run);
            } finally {
                try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void measure(String name, Database db, EvaluationRun run) {
        Migrations.migrate(db);
        RunWriter writer = new RunWriter(db);
        RunRepository runs = new RunRepository(db);
        ResultRepository results = new ResultRepository(db);
        GroupFigureRepository groups = new GroupFigureRepository(db);
        long best = Long.MAX_VALUE;
        StoredRun stored = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            stored = writer.write(run, RunRecord.by("timing"));
            best = Math.min(best, System.nanoTime() - t);
        }
        long rows = db.jdbc().queryForObject("SELECT (SELECT COUNT(*) FROM evaluation_result WHERE run_id = ?) "
                + "+ (SELECT COUNT(*) FROM evaluation_result_indicator WHERE run_id = ?) + (SELECT COUNT(*) FROM evaluation_input_value WHERE run_id = ?)",
                Long.class, stored.id(), stored.id(), stored.id());
        System.out.printf("%s: write a run of %,d units (%,d rows in results, indicators and input): best of 3 %d ms%n", name,
                stored.unitCount(), rows, best / 1_000_000);
        long id = stored.id();
        String district = run.results().input().districtCode(0);
        time(name + ": results page (district + class filter, 50 rows)", () -> results.results(id, ResultFilter.ALL.withDistrict(district).withClass("B"), Condition.all(), 0, 50));
        time(name + ": class counts", () -> results.classCounts(id, ResultFilter.ALL, Condition.all()));
        String someone = run.results().input().id(run.results().size() / 2);
        time(name + ": one enterprise's full result", () -> runs.unit(id, someone, Condition.all()));
        time(name + ": league by district", () -> groups.groups(id, GroupFigureRepository.GroupBy.DISTRICT, Condition.all()));
        StoredRun s = stored;
        time(name + ": recompute the run from its snapshot (read input + engine + fingerprint check)", () -> runs.recreate(s));
    }

    private static void time(String what, Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("  %s: best of 3 %d ms%n", what, best / 1_000_000);
    }
}
