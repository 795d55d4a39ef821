package io.muyield.store.write;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which ACTIVE batch gives {@code enterprise_year} its value when several report the same field for the same enterprise
 * and year: per field an ordered list of sources (the batch's {@code source}, a {@link Source} key), first wins; sources
 * not listed come after, in {@link Source#priority()} order, and batches of no department (e.g. {@code demo}) last.
 * Within one rank the latest batch wins. The 规上 flag ({@code above_scale}) follows the order of revenue.
 * The ingest module's {@code SourcePriority} is the city's table; the app hands it over with {@link #of(Map)}.
 */
public final class FieldPriority {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, List<String>> order;

    private FieldPriority(Map<String, List<String>> order) {
        order.forEach((field, sources) -> {
            requireKey(field);
            sources.forEach(FieldPriority::requireKey);
        });
        this.order = order;
    }

    /** No preference between sources: the latest ACTIVE batch wins every field. */
    public static FieldPriority latestBatch() {
        return new FieldPriority(Map.of());
    }

    /** Per field, the sources in the order they win. */
    public static FieldPriority of(Map<FactField, List<Source>> order) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        order.forEach((field, sources) -> m.put(field.column(), sources.stream().map(Source::key).toList()));
        if (order.containsKey(FactField.REVENUE)) {
            m.put(EnterpriseYearRefresh.ABOVE_SCALE, m.get(FactField.REVENUE.column()));
        }
        return new FieldPriority(Map.copyOf(m));
    }

    /** The sources of a field in the order they win (empty when unlisted). */
    public List<String> order(String field) {
        return order.getOrDefault(field, List.of());
    }

    /** An SQL expression ranking a fact (0 best) from its field and its batch's source columns; built from keys only. */
    String rankSql(String fieldColumn, String sourceColumn) {
        StringBuilder fallback = new StringBuilder("CASE ").append(sourceColumn);
        for (Source s : Source.values()) {
            fallback.append(" WHEN '").append(s.key()).append("' THEN ").append(100 + s.priority() * 10 + s.ordinal());
        }
        fallback.append(" ELSE 1000 END");
        if (order.isEmpty()) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE ").append(fieldColumn);
        order.forEach((field, sources) -> {
            sql.append(" WHEN '").append(field).append("' THEN CASE ").append(sourceColumn);
            for (int i = 0; i < sources.size(); i++) {
                sql.append(" WHEN '").append(sources.get(i)).append("' THEN ").append(i);
            }
            sql.append(" ELSE ").append(fallback).append(" END");
        });
        return sql.append(" ELSE ").append(fallback).append(" END").toString();
    }

    private static void requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a field or source key: " + key);
        }
    }
}
