package io.muyield.core.evaluation.explain;

import io.muyield.core.evaluation.expression.ExpressionParser;
import io.muyield.core.evaluation.run.Numbers;

import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A formula with each column name replaced by the unit's value: "tax / land" → "240 / 20". */
final class FormulaText {

    /** A whole name (never part of one: no backtracking into "su" of "sum(") that is not a function call. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}_.])[\\p{L}_][\\p{L}\\p{N}_.]*+(?!\\s*\\()");

    private FormulaText() {
    }

    static String substitute(String formula, ToDoubleFunction<String> value) {
        Matcher m = NAME.matcher(formula);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group();
            boolean keyword = name.equals("and") || name.equals("or") || name.equals("not") || name.equals("in")
                    || ExpressionParser.FUNCTIONS.contains(name);
            m.appendReplacement(sb, Matcher.quoteReplacement(keyword ? name : Numbers.plain(value.applyAsDouble(name))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
