package io.muyield.ingest.fusion;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which source wins when two report the same field (docs/IMPORT.md has the table), and how far apart two figures may
 * be (relative) before they count as a conflict. Within one source the most recent batch wins.
 */
public final class SourcePriority {

    private final Map<FactField, List<Source>> order;
    private final BigDecimal tolerance;

    public SourcePriority(Map<FactField, List<Source>> order, BigDecimal relativeTolerance) {
        EnumMap<FactField, List<Source>> m = new EnumMap<>(FactField.class);
        order.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.order = m;
        this.tolerance = Objects.requireNonNull(relativeTolerance);
    }

    /** The default table: each department is first for what it measures itself. Tolerance 0.5 %. */
    public static SourcePriority standard() {
        Map<FactField, List<Source>> m = new EnumMap<>(FactField.class);
        m.put(FactField.TAX, List.of(Source.TAX, Source.STATISTICS));
        for (FactField f : List.of(FactField.REVENUE, FactField.OUTPUT, FactField.VALUE_ADDED, FactField.RD_SPENDING,
                FactField.EMPLOYEES, FactField.ENERGY, FactField.WATER)) {
            m.put(f, List.of(Source.STATISTICS, Source.TAX, Source.POWER, Source.ENVIRONMENT));
        }
        m.put(FactField.ELECTRICITY, List.of(Source.POWER, Source.STATISTICS));
        for (FactField f : List.of(FactField.COD, FactField.AMMONIA_NITROGEN, FactField.SO2, FactField.NOX)) {
            m.put(f, List.of(Source.ENVIRONMENT, Source.STATISTICS));
        }
        m.put(FactField.LAND_OWNED, List.of(Source.LAND, Source.STATISTICS));
        m.put(FactField.LAND_LEASED, List.of(Source.LAND, Source.STATISTICS));
        return new SourcePriority(m, new BigDecimal("0.005"));
    }

    /** The rank of a source for a field, 0 best; sources not listed come after, in {@link Source#priority()} order. */
    public int rank(FactField field, Source source) {
        List<Source> list = order.getOrDefault(field, List.of());
        int i = list.indexOf(source);
        return i >= 0 ? i : 100 + source.priority() * 10 + source.ordinal();
    }

    public List<Source> order(FactField field) {
        return order.getOrDefault(field, List.of());
    }

    /** Whether two canonical figures differ by more than the tolerance, relative to the larger. */
    public boolean differ(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return false;
        }
        BigDecimal scale = a.abs().max(b.abs());
        return a.subtract(b).abs().compareTo(scale.multiply(tolerance)) > 0;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }
}
