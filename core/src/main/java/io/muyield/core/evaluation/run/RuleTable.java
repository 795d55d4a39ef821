package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.IndicatorRule;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.ScoreDimension;

import java.util.ArrayList;
import java.util.List;

/** The indicator rules of each category flattened in scheme order, with their indicator and dimension indexes. */
final class RuleTable {

    private RuleTable() {
    }

    static IndicatorRule[][] rules(Scheme scheme) {
        IndicatorRule[][] out = new IndicatorRule[scheme.categories().size()][];
        for (int c = 0; c < out.length; c++) {
            Category cat = scheme.categories().get(c);
            out[c] = cat.model().map(m -> m.rules().toArray(IndicatorRule[]::new)).orElse(new IndicatorRule[0]);
        }
        return out;
    }

    static int[][] indicators(Scheme scheme, IndicatorRule[][] rules) {
        int[][] out = new int[rules.length][];
        for (int c = 0; c < rules.length; c++) {
            out[c] = new int[rules[c].length];
            for (int r = 0; r < rules[c].length; r++) {
                out[c][r] = scheme.indicatorIndex(rules[c][r].indicatorId());
            }
        }
        return out;
    }

    static int[][] dimensions(Scheme scheme) {
        int[][] out = new int[scheme.categories().size()][];
        for (int c = 0; c < out.length; c++) {
            List<Integer> dims = new ArrayList<>();
            List<ScoreDimension> ds = scheme.categories().get(c).model().map(m -> m.dimensions()).orElse(List.of());
            for (int d = 0; d < ds.size(); d++) {
                for (int r = 0; r < ds.get(d).rules().size(); r++) {
                    dims.add(d);
                }
            }
            out[c] = dims.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
