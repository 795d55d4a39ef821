package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;
import io.muyield.core.evaluation.plain.PlainTableEvaluation;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code muyield evaluate --scheme FILE|PRESET --input data.csv --output results.csv}: the evaluation engine on a plain
 * table whose rows are units and whose columns are indicators (docs/SCHEMES.md, "A plain table").
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a plain table (rows = units, columns = indicators) with a scheme; writes per-unit results as CSV.")
final class EvaluateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scheme", paramLabel = "FILE|PRESET", required = true,
            description = "a scheme YAML file, or a preset: chongqing-2023, huangyan-2022, shandong-style, linhai-2016")
    String scheme;

    @Option(names = "--input", paramLabel = "CSV", required = true, description = "UTF-8 CSV: unit id first, then indicator columns")
    Path input;

    @Option(names = "--output", paramLabel = "CSV", required = true, description = "where to write the results")
    Path output;

    @Override
    public void run() {
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
