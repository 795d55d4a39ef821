package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.ColumnSource;
import io.muyield.core.evaluation.input.EnterpriseColumns;
import io.muyield.core.evaluation.input.EvaluationInput;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The input as formulas see it: for an enterprise scheme a known column the input lacks altogether (no unit reported
 * electricity) is a column of missing values, not an error ({@code industry_division} is derived from the industry
 * code when not given); for a plain table every name must be a column.
 */
final class InputColumns implements ColumnSource {

    private final EvaluationInput input;
    private final boolean plainTable;
    private final Map<String, double[]> absent = new ConcurrentHashMap<>();

    InputColumns(EvaluationInput input, boolean plainTable) {
        this.input = input;
        this.plainTable = plainTable;
    }

    @Override
    public int size() {
        return input.size();
    }

    @Override
    public Optional<double[]> column(String name) {
        Optional<double[]> c = input.column(name);
        if (c.isPresent() || plainTable || !EnterpriseColumns.NAMES.contains(name)) {
            return c;
        }
        return Optional.of(absent.computeIfAbsent(name, k -> {
            double[] d = new double[input.size()];
            Arrays.fill(d, Double.NaN);
            if (k.equals("industry_division")) {
                for (int u = 0; u < d.length; u++) {
                    String code = input.divisionCode(u);
                    d[u] = code.length() == 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1)) ? Integer.parseInt(code) : Double.NaN;
                }
            }
            return d;
        }));
    }

    @Override
    public boolean hasTag(String tag, int row) {
        return input.hasTag(tag, row);
    }

    @Override
    public int eventCount(String event, int row) {
        return input.eventCount(event, row);
    }

    @Override
    public Optional<boolean[]> tagColumn(String tag) {
        return input.tagColumn(tag);
    }

    @Override
    public Optional<int[]> eventColumn(String event) {
        return input.eventColumn(event);
    }
}
