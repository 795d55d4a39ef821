package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Quantity;

import java.util.Optional;

/**
 * The value of a fact as the department reported it (e.g. 12,345 元 before conversion to 1.2345 万元). When a
 * reader does not know it, the canonical value is stored as the reported one, in the canonical unit.
 */
@FunctionalInterface
public interface ReportedQuantities {

    /** Reported values unknown: the long form repeats the canonical value and unit. */
    ReportedQuantities CANONICAL = (enterprise, year, field) -> Optional.empty();

    Optional<Quantity> reported(CreditCode enterprise, int year, FactField field);
}
