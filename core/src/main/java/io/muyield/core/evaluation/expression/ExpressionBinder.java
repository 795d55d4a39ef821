package io.muyield.core.evaluation.expression;

import java.util.List;

/**
 * Binds an expression to a {@link ColumnSource}. Arithmetic on a missing value (NaN) stays missing; division by zero
 * gives missing (DOMAIN-NOTES §1.7: zero denominators are treated as missing); a comparison with a missing value is
 * false. {@code sum(…)} adds the values present and is missing only when all are; {@code coalesce(a, b, …)} takes
 * the first value present.
 */
public final class ExpressionBinder {

    private ExpressionBinder() {
    }

    public static BoundExpression bind(Expression e, ColumnSource source) {
        if (e instanceof Expression.Number n) {
            return new Constant(n.value());
        }
        if (e instanceof Expression.Name n) {
            return new Column(source.column(n.name())
                    .orElseThrow(() -> new IllegalArgumentException("unknown column '" + n.name() + "'")));
        }
        if (e instanceof Expression.Unary u) {
            return u.operator().equals("-") ? new Negate(bind(u.operand(), source)) : new Not(bind(u.operand(), source));
        }
        if (e instanceof Expression.Binary b) {
            return binary(b, source);
        }
        if (e instanceof Expression.InList in) {
            return new Member(bind(in.value(), source), in.members().stream().mapToDouble(Double::doubleValue).toArray());
        }
        if (e instanceof Expression.Call c) {
            return call(c, source);
        }
        throw new IllegalArgumentException("text " + e.render() + " can only be a function argument");
    }

    private static BoundExpression binary(Expression.Binary b, ColumnSource source) {
        BoundExpression l = bind(b.left(), source);
        BoundExpression r = bind(b.right(), source);
        return switch (b.operator()) {
            case "+", "-", "*", "/" -> new Arithmetic(b.operator().charAt(0), l, r);
            case "and" -> row -> l.holds(row) && r.holds(row) ? 1 : 0;
            case "or" -> row -> l.holds(row) || r.holds(row) ? 1 : 0;
            default -> new Comparison(b.operator(), l, r);
        };
    }

    private static BoundExpression call(Expression.Call c, ColumnSource source) {
        List<Expression> args = c.arguments();
        switch (c.function()) {
            case "has_tag", "has_event", "events" -> {
                if (args.size() != 1 || !(args.get(0) instanceof Expression.Text t)) {
                    throw new IllegalArgumentException(c.function() + " takes one quoted name, e.g. " + c.function() + "('high_tech')");
                }
                String name = t.value();
                if (c.function().equals("has_tag")) {
                    java.util.Optional<boolean[]> col = source.tagColumn(name);
                    if (col.isPresent()) {
                        boolean[] b = col.get();
                        return row -> b[row] ? 1 : 0;
                    }
                } else {
                    java.util.Optional<int[]> col = source.eventColumn(name);
                    if (col.isPresent()) {
                        int[] e = col.get();
                        return c.function().equals("events") ? row -> e[row] : row -> e[row] > 0 ? 1 : 0;
                    }
                }
                return switch (c.function()) {
                    case "has_tag" -> row -> source.hasTag(name, row) ? 1 : 0;
                    case "has_event" -> row -> source.eventCount(name, row) > 0 ? 1 : 0;
                    default -> row -> source.eventCount(name, row);
                };
            }
            default -> {
                if (args.isEmpty() || (c.function().equals("abs") && args.size() != 1)) {
                    throw new IllegalArgumentException(c.function() + " needs " + (c.function().equals("abs") ? "one argument" : "arguments"));
                }
                BoundExpression[] bound = args.stream().map(a -> bind(a, source)).toArray(BoundExpression[]::new);
                return new Reduction(c.function(), bound);
            }
        }
    }

    private record Constant(double value) implements BoundExpression {
        public double at(int row) {
            return value;
        }
    }

    private record Column(double[] data) implements BoundExpression {
        public double at(int row) {
            return data[row];
        }

        public double[] evaluateAll(int size) {
            return data;
        }
    }

    private record Negate(BoundExpression operand) implements BoundExpression {
        public double at(int row) {
            return -operand.at(row);
        }
    }

    private record Not(BoundExpression operand) implements BoundExpression {
        public double at(int row) {
            return operand.holds(row) ? 0 : 1;
        }
    }

    private record Arithmetic(char op, BoundExpression left, BoundExpression right) implements BoundExpression {
        public double at(int row) {
            return apply(op, left.at(row), right.at(row));
        }

        public double[] evaluateAll(int size) {
            double[] l = left.evaluateAll(size);
            double[] r = right.evaluateAll(size);
            double[] out = new double[size];
            switch (op) {
                case '+' -> {
                    for (int i = 0; i < size; i++) out[i] = l[i] + r[i];
                }
                case '-' -> {
                    for (int i = 0; i < size; i++) out[i] = l[i] - r[i];
                }
                case '*' -> {
                    for (int i = 0; i < size; i++) out[i] = l[i] * r[i];
                }
                default -> {
                    for (int i = 0; i < size; i++) out[i] = r[i] == 0 ? Double.NaN : l[i] / r[i];
                }
            }
            return out;
        }

        static double apply(char op, double a, double b) {
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> b == 0 ? Double.NaN : a / b;
            };
        }
    }

    private record Comparison(String op, BoundExpression left, BoundExpression right) implements BoundExpression {
        public double at(int row) {
            double a = left.at(row);
            double b = right.at(row);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return 0;
            }
            boolean result = switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                default -> a != b;
            };
            return result ? 1 : 0;
        }
    }

    private record Member(BoundExpression value, double[] members) implements BoundExpression {
        public double at(int row) {
            double v = value.at(row);
            for (double m : members) {
                if (m == v) {
                    return 1;
                }
            }
            return 0;
        }
    }

    private record Reduction(String function, BoundExpression[] args) implements BoundExpression {
        public double[] evaluateAll(int size) {
            if (!function.equals("sum")) {
                return BoundExpression.super.evaluateAll(size);
            }
            double[] out = new double[size];
            java.util.Arrays.fill(out, Double.NaN);
            for (BoundExpression a : args) {
                double[] v = a.evaluateAll(size);
                for (int i = 0; i < size; i++) {
                    double x = v[i];
                    if (x == x) {
                        double o = out[i];
                        out[i] = o == o ? o + x : x;
                    }
                }
            }
            return out;
        }

        public double at(int row) {
            double acc = Double.NaN;
            for (BoundExpression a : args) {
                double v = a.at(row);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (function.equals("coalesce")) {
                    return v;
                }
                acc = Double.isNaN(acc) ? first(v) : combine(acc, v);
            }
            return acc;
        }

        private double first(double v) {
            return function.equals("abs") ? Math.abs(v) : v;
        }

        private double combine(double acc, double v) {
            return switch (function) {
                case "sum" -> acc + v;
                case "min" -> Math.min(acc, v);
                default -> Math.max(acc, v);
            };
        }
    }
}
