package io.muyield.core.evaluation;

import io.muyield.core.evaluation.input.UnitRecord;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test rows: {@code Units.unit("A").with("tax", 240).with("land", 20).build()}. */
public final class Units {

    private final String id;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private String district = "500101";
    private String industry = "3911";
    private Set<String> tags = Set.of();
    private final Map<String, Integer> events = new HashMap<>();
    private String landlord;

    private Units(String id) {
        this.id = id;
    }

    public static Units unit(String id) {
        return new Units(id);
    }

    public Units with(String column, double value) {
        values.put(column, value);
        return this;
    }

    public Units district(String d) {
        district = d;
        return this;
    }

    public Units industry(String i) {
        industry = i;
        return this;
    }

    public Units tags(String... t) {
        tags = Set.of(t);
        return this;
    }

    public Units event(String e, int count) {
        events.put(e, count);
        return this;
    }

    public Units landlord(String l) {
        landlord = l;
        return this;
    }

    public UnitRecord build() {
        return new UnitRecord(id, id, district, industry, values, tags, events, Optional.ofNullable(landlord));
    }
}
