package io.muyield.store.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A WHERE-clause fragment with {@code ?} placeholders and its bind values, built only from {@link Column}s and
 * values: user input never becomes SQL text. Optional filters fold from the neutral {@link #all()} with
 * {@link #and(Condition)}. A user's data scope is one more condition ANDed in by the repositories.
 */
public final class Condition {

    private static final Condition ALL = new Condition("1 = 1", List.of(), EnumSet.noneOf(Column.class));
    private static final Condition NONE = new Condition("1 = 0", List.of(), EnumSet.noneOf(Column.class));
    private static final char ESCAPE = '!';

    private final String sql;
    private final List<Object> params;
    private final Set<Column> columns;

    private Condition(String sql, List<Object> params, Set<Column> columns) {
        this.sql = sql;
        this.params = List.copyOf(params);
        this.columns = Collections.unmodifiableSet(columns.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(columns));
    }

    private Condition(String sql, List<Object> params, Column column) {
        this(sql, params, EnumSet.of(column));
    }

    /** The neutral condition: every row. */
    public static Condition all() {
        return ALL;
    }

    /** No row at all (e.g. a scope that grants nothing). */
    public static Condition none() {
        return NONE;
    }

    public static Condition eq(Column column, Object value) {
        return new Condition(column.sql() + " = ?", List.of(checked(column, value)), column);
    }

    /** Column in the values; an empty collection matches nothing. */
    public static Condition in(Column column, Collection<?> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        List<Object> checked = values.stream().map(v -> checked(column, v)).toList();
        String marks = checked.stream().map(v -> "?").collect(Collectors.joining(", "));
        return new Condition(column.sql() + " IN (" + marks + ")", checked, column);
    }

    /** Column not in the values; an empty collection matches every row. */
    public static Condition notIn(Column column, Collection<?> values) {
        if (values.isEmpty()) {
            return ALL;
        }
        Condition in = in(column, values);
        return new Condition("NOT (" + in.sql + ")", in.params, in.columns);
    }

    public static Condition isNull(Column column) {
        return new Condition(column.sql() + " IS NULL", List.of(), column);
    }

    /** Column ≥ lower and &lt; upper (string or number order as the column's type has it). */
    public static Condition range(Column column, Object lowerInclusive, Object upperExclusive) {
        return new Condition(column.sql() + " >= ? AND " + column.sql() + " < ?",
                List.of(checked(column, lowerInclusive), checked(column, upperExclusive)), column);
    }

    /** A text column that begins with the given text, matched literally (% and _ are not wildcards). */
    public static Condition startsWith(Column column, String prefix) {
        return like(column, escape(prefix) + "%");
    }

    /** A text column that contains the given text, matched literally. */
    public static Condition contains(Column column, String text) {
        return like(column, "%" + escape(text) + "%");
    }

    /** Enterprises whose main industry lies in a GB/T 4754 门类 (e.g. C, manufacturing), by the stored catalogue. */
    public static Condition industrySection(char section) {
        if (section < 'A' || section > 'T') {
            throw new IllegalArgumentException("a 门类 is a letter A–T, not " + section);
        }
        return new Condition(Column.INDUSTRY_CODE.sql() + " IN (SELECT ic.code FROM industry_class ic WHERE ic.section = ?)",
                List.of(String.valueOf(section)), Column.INDUSTRY_CODE);
    }

    /** Enterprises with a record for a year that satisfies the given condition on {@code y.} columns. */
    public static Condition hasYearRecord(Condition onYear) {
        return new Condition("EXISTS (SELECT 1 FROM enterprise_year y WHERE y.credit_code = e.credit_code AND ("
                + onYear.sql + "))", onYear.params, union(EnumSet.of(Column.CREDIT_CODE), onYear.columns));
    }

    public Condition and(Condition other) {
        if (this == ALL) {
            return other;
        }
        if (other == ALL) {
            return this;
        }
        return combine("AND", other);
    }

    public Condition or(Condition other) {
        if (this == NONE) {
            return other;
        }
        if (other == NONE) {
            return this;
        }
        return combine("OR", other);
    }

    /** The SQL fragment, with one {@code ?} per bind value, for a WHERE clause over {@code enterprise e}. */
    public String sql() {
        return sql;
    }

    /** The bind values, in placeholder order. */
    public List<Object> params() {
        return params;
    }

    /**
     * The columns the condition names (a year-record condition names the credit code and its year columns): lets a
     * reader tell whether a table other than {@code enterprise e} that has those columns, under the alias {@code e},
     * can be filtered by the same condition.
     */
    public Set<Column> columns() {
        return columns;
    }

    /** Wrapped whole, so that a caller appending {@code AND …} to {@link #sql()} can never split an OR (a scope leak). */
    private Condition combine(String operator, Condition other) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new Condition("((" + sql + ") " + operator + " (" + other.sql + "))", all, union(columns, other.columns));
    }

    private static Condition like(Column column, String pattern) {
        if (column.type() != String.class) {
            throw new IllegalArgumentException(column + " is not a text column");
        }
        return new Condition(column.sql() + " LIKE ? ESCAPE '" + ESCAPE + "'", List.of(pattern), column);
    }

    private static Set<Column> union(Set<Column> a, Set<Column> b) {
        EnumSet<Column> out = EnumSet.noneOf(Column.class);
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    private static String escape(String text) {
        Objects.requireNonNull(text);
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static Object checked(Column column, Object value) {
        Objects.requireNonNull(value, () -> "no value for " + column);
        if (!column.type().isInstance(value)) {
            throw new IllegalArgumentException(column + " takes " + column.type().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && c.sql.equals(sql) && c.params.equals(params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, params);
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
