package io.muyield.core.evaluation.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed formula or condition of a scheme: arithmetic over named columns (facts, derived attributes, table
 * columns), comparisons, {@code and}/{@code or}/{@code not}, {@code x in [a, b]} and a few functions. A condition is
 * true when its value is neither 0 nor missing (NaN). The tree is pure syntax; {@link ExpressionBinder} binds it to
 * the columns of an input.
 */
public sealed interface Expression {

    /** The column names this expression reads (tags and events are not columns). */
    default Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        collectNames(out);
        return out;
    }

    void collectNames(Set<String> out);

    /** The expression written back in the scheme language, fully parenthesised where it matters. */
    String render();

    record Number(double value, String text) implements Expression {
        public void collectNames(Set<String> out) {
        }

        public String render() {
            return text;
        }
    }

    record Name(String name) implements Expression {
        public void collectNames(Set<String> out) {
            out.add(name);
        }

        public String render() {
            return name;
        }
    }

    record Text(String value) implements Expression {
        public void collectNames(Set<String> out) {
        }

        public String render() {
            return "'" + value + "'";
        }
    }

    /** {@code -x} or {@code not x}. */
    record Unary(String operator, Expression operand) implements Expression {
        public void collectNames(Set<String> out) {
            operand.collectNames(out);
        }

        public String render() {
            return operator.equals("-") ? "-" + operand.render() : "not " + operand.render();
        }
    }

    /** Arithmetic ({@code + - * /}), comparison ({@code < <= > >= == !=}) or logic ({@code and or}). */
    record Binary(String operator, Expression left, Expression right) implements Expression {
        public void collectNames(Set<String> out) {
            left.collectNames(out);
            right.collectNames(out);
        }

        public String render() {
            return "(" + left.render() + " " + operator + " " + right.render() + ")";
        }
    }

    /** {@code value in [a, b, c]}. */
    record InList(Expression value, List<Double> members) implements Expression {
        public void collectNames(Set<String> out) {
            value.collectNames(out);
        }

        public String render() {
            return value.render() + " in " + members.stream().map(InList::plain).collect(Collectors.joining(", ", "[", "]"));
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    record Call(String function, List<Expression> arguments) implements Expression {
        public void collectNames(Set<String> out) {
            arguments.forEach(a -> a.collectNames(out));
        }

        public String render() {
            return function + arguments.stream().map(Expression::render).collect(Collectors.joining(", ", "(", ")"));
        }
    }
}
