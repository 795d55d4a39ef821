package io.muyield.core.evaluation.input;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One unit to evaluate, as a row: its id, display name, district and industry codes (empty text when unknown), its
 * numeric values by column name (absent = missing), tags, event counts and the id of its landlord if it is a tenant.
 */
public record UnitRecord(String id, String name, String district, String industry, Map<String, Double> values,
                         Set<String> tags, Map<String, Integer> events, Optional<String> landlord) {
    public UnitRecord {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a unit needs an id");
        }
        name = name == null ? id : name;
        district = district == null ? "" : district;
        industry = industry == null ? "" : industry;
        values = Map.copyOf(values);
        tags = Set.copyOf(tags);
        events = Map.copyOf(events);
        Objects.requireNonNull(landlord, "landlord");
    }
}
