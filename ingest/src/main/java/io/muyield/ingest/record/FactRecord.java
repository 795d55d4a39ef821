package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Source;
import io.muyield.core.industry.IndustryCode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A row of facts about one enterprise from one source (tax, statistics, environment): the facts as reported, any
 * detail figures that are not facts themselves (tax components: vat, income_tax, other_tax, refunds), and what the
 * source says besides (规上 flag, industry, violations).
 */
public record FactRecord(Source source, CreditCode enterprise, String name, Map<FactField, Quantity> facts,
                         Map<String, Quantity> details, Optional<Boolean> aboveScale, Optional<IndustryCode> industry,
                         OptionalInt violations, Origin origin) implements SourceRecord {

    public FactRecord {
        Objects.requireNonNull(source);
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(name);
        Objects.requireNonNull(aboveScale);
        Objects.requireNonNull(industry);
        Objects.requireNonNull(violations);
        Objects.requireNonNull(origin);
        EnumMap<FactField, Quantity> f = new EnumMap<>(FactField.class);
        f.putAll(facts);
        facts = Collections.unmodifiableMap(f);
        details = details.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Optional<Quantity> fact(FactField field) {
        return Optional.ofNullable(facts.get(field));
    }
}
