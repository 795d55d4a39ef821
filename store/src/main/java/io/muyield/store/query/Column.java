package io.muyield.store.query;

import java.time.LocalDate;

/**
 * The closed set of columns a {@link Condition} may name. {@code e.} columns belong to the enterprise (every query
 * that accepts a condition has {@code enterprise e} in its FROM); {@code y.} columns belong to one year of facts and
 * may be used only inside {@link Condition#hasYearRecord(Condition)}.
 */
public enum Column {
    CREDIT_CODE("e.credit_code", String.class),
    NAME("e.name", String.class),
    DISTRICT_CODE("e.district_code", String.class),
    ZONE_CODE("e.zone_code", String.class),
    PARK_CODE("e.park_code", String.class),
    INDUSTRY_CODE("e.industry_code", String.class),
    FOUNDED("e.founded", LocalDate.class),
    STATUS("e.status", String.class),
    YEAR("y.year", Integer.class),
    ABOVE_SCALE("y.above_scale", Boolean.class);

    private final String sql;
    private final Class<?> type;

    Column(String sql, Class<?> type) {
        this.sql = sql;
        this.type = type;
    }

    /** The qualified column as it appears in SQL. */
    public String sql() {
        return sql;
    }

    public Class<?> type() {
        return type;
    }
}
