package io.muyield.ingest.profile;

import io.muyield.core.fact.Dimension;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a source profile: its id, how it is read, whether it is required, its default unit (used when neither
 * the header nor a unit column says otherwise), the fact it feeds, and the header spellings that name it.
 */
public record ProfileField(String id, FieldKind kind, Requirement requirement, Optional<Unit> defaultUnit,
                           Optional<FactField> fact, List<String> headers) {

    public ProfileField {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(requirement);
        Objects.requireNonNull(defaultUnit);
        Objects.requireNonNull(fact);
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("field " + id + " lists no header");
        }
        if (kind == FieldKind.AMOUNT && defaultUnit.isEmpty()) {
            throw new IllegalArgumentException("amount field " + id + " needs a default unit");
        }
        if (fact.isPresent() && defaultUnit.isPresent() && fact.get().dimension() != defaultUnit.get().dimension()) {
            throw new IllegalArgumentException("field " + id + ": unit " + defaultUnit.get() + " does not measure " + fact.get());
        }
    }

    /** The first spelling, as the contract writes it. */
    public String label() {
        return headers.get(0);
    }

    public Optional<Dimension> dimension() {
        return defaultUnit.map(Unit::dimension);
    }
}
