package io.muyield.ingest.profile;

import io.muyield.core.fact.Source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one kind of department file looks like, as data (resources {@code io/muyield/ingest/profiles/*.profile}):
 * its fields with header spellings, units and required flags; the fields that identify a row (for duplicates); the
 * fields of which at least one must be present for a header to count as this profile's; and the headers of a
 * separate unit column, if departments put the unit beside the figures.
 */
public record SourceProfile(String key, Optional<Source> source, RecordKind recordKind, String titleZh, String titleEn,
                            List<ProfileField> fields, List<String> uniqueKey, List<String> requireAny,
                            List<String> unitColumnHeaders) {

    public SourceProfile {
        Objects.requireNonNull(key);
        Objects.requireNonNull(source);
        Objects.requireNonNull(recordKind);
        fields = List.copyOf(fields);
        uniqueKey = List.copyOf(uniqueKey);
        requireAny = List.copyOf(requireAny);
        unitColumnHeaders = List.copyOf(unitColumnHeaders);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ProfileField f : fields) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("profile " + key + " lists field " + f.id() + " twice");
            }
        }
        for (String id : uniqueKey) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("profile " + key + ": unique names an unknown field " + id);
            }
        }
        for (String id : requireAny) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("profile " + key + ": any names an unknown field " + id);
            }
        }
    }

    public ProfileField field(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("profile " + key + " has no field " + id));
    }

    public Optional<ProfileField> find(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public List<ProfileField> requiredColumns() {
        return fields.stream().filter(f -> f.requirement() == Requirement.REQUIRED || f.requirement() == Requirement.COLUMN).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
