package io.muyield.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-table example of docs/SCHEMES.md through the command line. */
class EvaluateCommandTest {

    private static final String SCHEME = """
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

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void evaluatesAPlainTable(@TempDir Path dir) throws Exception {
        Path scheme = Files.writeString(dir.resolve("composite.yaml"), SCHEME);
        Path data = Files.writeString(dir.resolve("data.csv"), "id,name,gdp,co2,edu\na,\"Alpha, Inc\",10,5,0.5\nb,Beta,20,2,0.7\nc,Gamma,40,8,0.9\nd,Delta,30,4,0.3\n");
        Path results = dir.resolve("results.csv");
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", scheme.toString(), "--input", data.toString(), "--output", results.toString());
        assertThat(outcome.exitCode()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Evaluated 4 units with scheme composite-demo v1");
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        // By hand (docs/SCHEMES.md): a = 20.83 (D), b = 58.33 (B), c = 75 (A), d = 50 (C).
        assertThat(lines.get(3)).startsWith("c,Gamma,all,classified,").endsWith(",75,A,1");
        assertThat(lines.get(1)).startsWith("a,").contains(",20.83333333333333").endsWith(",D,4");
    }

    @Test
    void aBadSchemeIsOneLineNamingTheLine(@TempDir Path dir) throws Exception {
        Path scheme = Files.writeString(dir.resolve("bad.yaml"), SCHEME.replace("weight: 2", "weight: abc"));
        Path data = Files.writeString(dir.resolve("data.csv"), "id,gdp,co2,edu\na,1,2,3\n");
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", scheme.toString(), "--input", data.toString(), "--output", dir.resolve("r.csv").toString());
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("bad.yaml line").contains("abc");
    }

    @Test
    void anUnknownPresetIsNamed(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), "id,gdp\na,1\n");
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", "nosuch", "--input", data.toString(), "--output", dir.resolve("r.csv").toString());
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(err.toString()).contains("no scheme file or preset 'nosuch'").contains("huangyan-2022");
    }

    @Test
    void evaluatesAYearOfTheDatabaseAndStoresTheRun(@TempDir Path dir) throws Exception {
        try (io.muyield.store.Database db = io.muyield.store.Database.forDataDir(dir)) {
            io.muyield.store.Migrations.migrate(db);
            io.muyield.store.reference.ReferenceData.loadIfEmpty(db);
            io.muyield.app.TestCity.loadOnce(db);
        }
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", "chongqing-2023", "--year", "2023", "--data-dir", dir.toString());
        assertThat(outcome.exitCode()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Run 1: chongqing-2023 v1 over 2023, 4 enterprises").containsPattern("Fingerprint: [0-9a-f]{64}")
                .containsPattern("Classes: A \\d+ · B \\d+ · C \\d+ · D \\d+");
        try (io.muyield.store.Database db = io.muyield.store.Database.forDataDir(dir)) {
            var runs = new io.muyield.store.evaluation.RunRepository(db).runs();
            assertThat(runs).hasSize(1);
            assertThat(out.toString()).contains(runs.get(0).fingerprint());
            assertThat(runs.get(0).unitCount()).isEqualTo(4);
            // The command line leaves the same trace as the web: a RUN entry naming the run, scheme and hash.
            var audit = new io.muyield.store.audit.AuditRepository(db);
            var entries = audit.latest(10, "RUN");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).actor()).startsWith("cli:");
            assertThat(entries.get(0).target()).isEqualTo("run:" + runs.get(0).id());
            assertThat(entries.get(0).details()).contains("scheme=chongqing-2023 v1").contains(runs.get(0).schemeSha256()).contains("year=2023");
            assertThat(audit.verify().ok()).isTrue();
        }
        MuyieldCommand.Outcome noData = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", "chongqing-2023", "--year", "2001", "--data-dir", dir.toString());
        assertThat(noData.exitCode()).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("no enterprise has facts for 2001");
    }

    @Test
    void saysWhatToEvaluateWhenNeitherModeIsGiven() {
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "evaluate", "--scheme", "chongqing-2023");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(err.toString()).contains("--year YEAR").contains("--input CSV --output CSV");
    }
}
