package io.muyield.core.evaluation.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the scheme expression language:
 * <pre>
 *   or      := and ('or' and)*
 *   and     := not ('and' not)*
 *   not     := 'not' not | compare
 *   compare := sum (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') sum | 'in' '[' number (',' number)* ']')?
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/') unary)*
 *   unary   := '-' unary | primary
 *   primary := number | 'text' | name | name '(' args ')' | 'true' | 'false' | '(' or ')'
 * </pre>
 */
public final class ExpressionParser {

    public static final Set<String> FUNCTIONS = Set.of("sum", "coalesce", "min", "max", "abs", "has_tag", "has_event", "events");

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) {
        ExpressionParser p = new ExpressionParser(text);
        p.skipBlanks();
        if (p.pos >= text.length()) {
            throw new ExpressionSyntaxException("empty expression", 1);
        }
        Expression e = p.or();
        p.skipBlanks();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.substring(p.pos, Math.min(text.length(), p.pos + 10)) + "'");
        }
        return e;
    }

    private Expression or() {
        Expression left = and();
        while (keyword("or")) {
            left = new Expression.Binary("or", left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (keyword("and")) {
            left = new Expression.Binary("and", left, not());
        }
        return left;
    }

    private Expression not() {
        if (keyword("not")) {
            return new Expression.Unary("not", not());
        }
        return compare();
    }

    private Expression compare() {
        Expression left = sum();
        for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
            if (symbol(op)) {
                return new Expression.Binary(op, left, sum());
            }
        }
        if (keyword("in")) {
            return new Expression.InList(left, numberList());
        }
        return left;
    }

    private List<Double> numberList() {
        expect("[");
        List<Double> members = new ArrayList<>();
        do {
            boolean negative = symbol("-");
            Expression.Number n = number();
            members.add(negative ? -n.value() : n.value());
        } while (symbol(","));
        expect("]");
        return List.copyOf(members);
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            if (symbol("+")) {
                left = new Expression.Binary("+", left, product());
            } else if (symbol("-")) {
                left = new Expression.Binary("-", left, product());
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            if (symbol("*")) {
                left = new Expression.Binary("*", left, unary());
            } else if (symbol("/")) {
                left = new Expression.Binary("/", left, unary());
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        if (symbol("-")) {
            return new Expression.Unary("-", unary());
        }
        return primary();
    }

    private Expression primary() {
        skipBlanks();
        if (pos >= text.length()) {
            throw error("expression ends too early");
        }
        char c = text.charAt(pos);
        if (symbol("(")) {
            Expression inner = or();
            expect(")");
            return inner;
        }
        if (c == '\'' || c == '"') {
            return textLiteral(c);
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (isNameStart(c)) {
            return nameOrCall();
        }
        throw error("unexpected '" + c + "'");
    }

    private Expression nameOrCall() {
        int start = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.equals("true") || name.equals("false")) {
            return new Expression.Number(name.equals("true") ? 1 : 0, name);
        }
        if (!symbol("(")) {
            return new Expression.Name(name);
        }
        if (!FUNCTIONS.contains(name)) {
            throw new ExpressionSyntaxException("unknown function '" + name + "' (known: " + String.join(", ", FUNCTIONS.stream().sorted().toList()) + ")", start + 1);
        }
        List<Expression> args = new ArrayList<>();
        if (!symbol(")")) {
            do {
                args.add(or());
            } while (symbol(","));
            expect(")");
        }
        return new Expression.Call(name, List.copyOf(args));
    }

    private Expression textLiteral(char quote) {
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != quote) {
            pos++;
        }
        if (pos >= text.length()) {
            throw new ExpressionSyntaxException("text starting at position " + start + " is not closed with " + quote, start);
        }
        return new Expression.Text(text.substring(start, pos++));
    }

    private Expression.Number number() {
        skipBlanks();
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return new Expression.Number(Double.parseDouble(literal.replace("_", "")), literal);
        } catch (NumberFormatException e) {
            throw new ExpressionSyntaxException("'" + literal + "' is not a number", start + 1);
        }
    }

    private boolean keyword(String word) {
        skipBlanks();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end >= text.length() || !isNamePart(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        skipBlanks();
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!symbol(s)) {
            throw error("expected '" + s + "'");
        }
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ExpressionSyntaxException error(String message) {
        return new ExpressionSyntaxException("at position " + (pos + 1) + ": " + message, pos + 1);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}
