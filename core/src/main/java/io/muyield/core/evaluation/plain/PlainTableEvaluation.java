package io.muyield.core.evaluation.plain;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemeLoader;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The engine on any plain table: rows are units, columns are indicators (or the columns their formulas read). What
 * {@code muyield evaluate --scheme FILE --input data.csv --output results.csv} does:
 * <pre>
 *   EvaluationRun run = PlainTableEvaluation.run(schemeText, csvReader);
 *   PlainTableEvaluation.writeCsv(run, writer);
 * </pre>
 * The data year is the scheme's {@code year} (0 when it has none).
 */
public final class PlainTableEvaluation {

    private PlainTableEvaluation() {
    }

    public static EvaluationRun run(String schemeText, Reader csv) throws IOException {
        return run(schemeText, csv, "data.csv");
    }

    public static EvaluationRun run(String schemeText, Reader csv, String csvName) throws IOException {
        Scheme scheme = SchemeLoader.load(schemeText);
        EvaluationInput input = CsvTableReader.read(csv, scheme.year(), csvName);
        return EvaluationEngine.run(scheme, input);
    }

    public static void writeCsv(EvaluationRun run, Writer out) throws IOException {
        ResultCsvWriter.write(run.results(), out);
    }

    /** Scheme text + CSV in, result CSV out. */
    public static String evaluate(String schemeText, Reader csv) throws IOException {
        StringWriter out = new StringWriter();
        writeCsv(run(schemeText, csv), out);
        return out.toString();
    }
}
