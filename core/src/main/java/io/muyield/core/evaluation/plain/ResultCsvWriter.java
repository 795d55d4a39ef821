package io.muyield.core.evaluation.plain;

import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.Numbers;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results as CSV, one row per unit in id order: id, name, category, status, per indicator its value,
 * normalised value (after cap/floor) and weighted part, then total, class and rank within the category. Numbers are
 * the shortest decimals that read back as the same doubles; missing is an empty cell.
 */
public final class ResultCsvWriter {

    private ResultCsvWriter() {
    }

    public static void write(EvaluationResults results, Writer out) throws IOException {
        List<IndicatorDefinition> indicators = results.scheme().indicators();
        StringBuilder h = new StringBuilder("id,name,category,status");
        for (IndicatorDefinition d : indicators) {
            h.append(',').append(CsvLine.quote(d.id())).append(',').append(CsvLine.quote(d.id() + "_normalised")).append(',').append(CsvLine.quote(d.id() + "_part"));
        }
        out.write(h.append(",total,class,rank\n").toString());
        for (int row = 0; row < results.size(); row++) {
            out.write(line(results.unit(row), indicators));
        }
        out.flush();
    }

    private static String line(UnitResult u, List<IndicatorDefinition> indicators) {
        Map<String, IndicatorResult> by = new HashMap<>();
        u.indicators().forEach(i -> by.put(i.indicatorId(), i));
        StringBuilder sb = new StringBuilder();
        sb.append(CsvLine.quote(u.id())).append(',').append(CsvLine.quote(u.name())).append(',').append(CsvLine.quote(u.categoryId()))
                .append(',').append(u.status().name().toLowerCase(java.util.Locale.ROOT));
        for (IndicatorDefinition d : indicators) {
            IndicatorResult r = by.get(d.id());
            sb.append(',').append(r == null ? "" : number(r.raw())).append(',').append(r == null ? "" : number(r.capped()))
                    .append(',').append(r == null ? "" : number(r.weighted()));
        }
        return sb.append(',').append(number(u.total())).append(',').append(CsvLine.quote(u.classLabel())).append(',')
                .append(u.ranks().city() == 0 ? "" : Integer.toString(u.ranks().city())).append('\n').toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Numbers.plain(v);
    }
}
