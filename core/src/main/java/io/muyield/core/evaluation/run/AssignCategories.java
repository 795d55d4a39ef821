package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.BoundExpression;
import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.IndicatorRule;

import java.util.Arrays;
import java.util.List;

/** Puts each unit that is not excluded into the first category whose condition holds; sets up the rule table. */
final class AssignCategories implements Step {

    public Stage stage() {
        return Stage.CATEGORIES;
    }

    public void apply(RunState s) {
        List<Category> cats = s.categories();
        BoundExpression[] when = new BoundExpression[cats.size()];
        for (int c = 0; c < when.length; c++) {
            when[c] = bind(s, cats.get(c));
        }
        assign(s, cats, when);
        int[] sizes = new int[cats.size()];
        long outOfScope = 0;
        for (int u = 0; u < s.n; u++) {
            if (s.category[u] >= 0) {
                sizes[s.category[u]]++;
            } else if (s.status[u] == UnitStatus.OUT_OF_SCOPE.ordinal()) {
                outOfScope++;
            }
        }
        s.scoredCategory = new boolean[cats.size()];
        for (int c = 0; c < cats.size(); c++) {
            s.scoredCategory[c] = cats.get(c).model().isPresent();
        }
        s.members = members(s, sizes);
        setUpRules(s);
        for (int c = 0; c < sizes.length; c++) {
            Category cat = cats.get(c);
            s.log.entry(stage().label(), cat.id()).parameter("when", cat.whenText())
                    .parameter("scoring", cat.inheritsLandlord() ? "inherits landlord's class" : s.rules[c].length + " indicators")
                    .count("units", sizes[c]).add(cat.nameZh() + ": " + Numbers.count(sizes[c]) + " units");
        }
        s.log.entry(stage().label(), "").count("out_of_scope", outOfScope).add(Numbers.count(outOfScope) + " units match no category");
    }

    /** The first category whose condition holds, row by row (in parallel chunks: each row on its own). */
    private static void assign(RunState s, List<Category> cats, BoundExpression[] when) {
        s.category = new int[s.n];
        Arrays.fill(s.category, -1);
        RowChunks.forEachChunk(s.n, chunk -> {
            for (int u = RowChunks.start(chunk); u < RowChunks.end(chunk, s.n); u++) {
                if (s.status[u] == UnitStatus.EXEMPT.ordinal()) {
                    continue;
                }
                int c = 0;
                while (c < when.length && !when[c].holds(u)) {
                    c++;
                }
                if (c == when.length) {
                    s.status[u] = (byte) UnitStatus.OUT_OF_SCOPE.ordinal();
                } else {
                    s.category[u] = c;
                    s.status[u] = (byte) (cats.get(c).inheritsLandlord() ? UnitStatus.INHERITED : UnitStatus.CLASSIFIED).ordinal();
                }
            }
        });
    }

    private static int[][] members(RunState s, int[] sizes) {
        int[][] members = new int[sizes.length][];
        int[] fill = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            members[c] = new int[sizes[c]];
        }
        for (int u = 0; u < s.n; u++) {
            if (s.category[u] >= 0) {
                members[s.category[u]][fill[s.category[u]]++] = u;
            }
        }
        return members;
    }

    private static void setUpRules(RunState s) {
        s.rules = RuleTable.rules(s.scheme);
        s.ruleIndicator = RuleTable.indicators(s.scheme, s.rules);
        s.ruleDimension = RuleTable.dimensions(s.scheme);
        s.fits = new RuleFit[s.rules.length][];
        for (int c = 0; c < s.rules.length; c++) {
            s.fits[c] = new RuleFit[s.rules[c].length];
            for (int r = 0; r < s.rules[c].length; r++) {
                IndicatorRule rule = s.rules[c][r];
                int k = s.ruleIndicator[c][r];
                s.fits[c][r] = new RuleFit(rule, k, s.scheme.indicators().get(k).direction().sign());
            }
        }
    }

    private static BoundExpression bind(RunState s, Category c) {
        try {
            return ExpressionBinder.bind(c.when(), s.columns);
        } catch (IllegalArgumentException ex) {
            throw new EvaluationException("category " + c.id() + " (scheme line " + c.line() + "): " + ex.getMessage());
        }
    }
}
