package io.muyield.app.cli;

import io.muyield.app.evaluation.RunCreation;
import io.muyield.app.evaluation.SchemeText;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.evaluation.plain.PlainTableEvaluation;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.store.Database;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.Migrations;
import io.muyield.store.evaluation.StoredRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code muyield evaluate --scheme FILE|PRESET --year 2023 [--data-dir DIR | --db URL]}: a stored run over the enterprises
 * of the database (docs/SCHEMES.md, "Runs"); or {@code --input data.csv --output results.csv}: the evaluation engine on
 * a plain table whose rows are units and whose columns are indicators (docs/SCHEMES.md, "A plain table").
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate the enterprises of a data year in the database and store the run (--year),",
                "or a plain table (rows = units, columns = indicators) into a results CSV (--input, --output)."})
final class EvaluateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scheme", paramLabel = "FILE|PRESET", required = true,
            description = "a scheme YAML file, or a preset: chongqing-2023, huangyan-2022, shandong-style, linhai-2016")
    String scheme;

    @Option(names = "--year", paramLabel = "YEAR", description = "the data year: evaluate the database's enterprises and store the run")
    Integer year;

    @CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--input", paramLabel = "CSV", description = "plain-table mode: UTF-8 CSV, unit id first, then indicator columns")
    Path input;

    @Option(names = "--output", paramLabel = "CSV", description = "plain-table mode: where to write the results")
    Path output;

    @Override
    public void run() {
        if (year != null) {
            if (input != null || output != null) {
                throw new UserFacingException("use either --year (a run over the database) or --input and --output (a plain table), not both");
            }
            runOnDatabase();
            return;
        }
        if (input == null || output == null) {
            throw new UserFacingException("say what to evaluate: --year YEAR for the database, or --input CSV --output CSV for a plain table");
        }
        String schemeText = schemeText();
        try {
            SchemeLoader.load(schemeText, schemeName()); // validation errors name the user's file, not a default name
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage().replace('\n', ' '), e);
        }
        try (Reader csv = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            EvaluationRun run = PlainTableEvaluation.run(schemeText, csv, input.getFileName().toString());
            PlainTableEvaluation.writeCsv(run, out);
            spec.commandLine().getOut().printf("Evaluated %,d units with scheme %s v%d; results in %s (run %s)%n",
                    run.results().size(), run.schemeId(), run.schemeVersion(), output, run.fingerprint().substring(0, 12));
        } catch (IOException e) {
            throw new UserFacingException("cannot read or write: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage().replace('\n', ' '), e);
        }
    }

    private void runOnDatabase() {
        SchemeText text;
        try {
            text = SchemeText.resolve(scheme);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        try (Database db = Database.open(database.jdbcUrl(), System.getenv("MUYIELD_DB_USER"), System.getenv("MUYIELD_DB_PASSWORD"))) {
            Migrations.migrate(db);
            String who = System.getProperty("user.name", "cli");
            RunCreation.Created created = new RunCreation(db).create(text, year, who, Optional.empty());
            StoredRun run = created.run();
            new AuditRepository(db).append("cli:" + who, "RUN", "run:" + run.id(), created.auditDetails("command line, " + scheme));
            var out = spec.commandLine().getOut();
            out.printf("Run %d: %s v%d over %d, %,d enterprises (read %d ms, evaluated %d ms, stored %d ms)%n", run.id(), run.schemeId(),
                    run.schemeVersion(), run.year(), run.unitCount(), created.read().toMillis(), created.evaluate().toMillis(),
                    created.store().toMillis());
            out.println("Classes: " + created.countsLine());
            out.println("Fingerprint: " + run.fingerprint());
            if (!run.note().isEmpty()) {
                out.println("Note: " + run.note());
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage().replace('\n', ' '), e);
        }
    }

    private String schemeName() {
        return SchemePresets.ids().contains(scheme) ? scheme + ".yaml" : Path.of(scheme).getFileName().toString();
    }

    private String schemeText() {
        if (SchemePresets.ids().contains(scheme)) {
            return SchemePresets.text(scheme);
        }
        Path file = Path.of(scheme);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("no scheme file or preset '" + scheme + "' (presets: " + String.join(", ", SchemePresets.ids()) + ")");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("cannot read the scheme " + file + ": " + e.getMessage(), e);
        }
    }
}
