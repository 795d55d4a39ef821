package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;

import java.math.BigDecimal;

/**
 * Two figures for the same enterprise, field and year that disagree: the one kept (by source priority, or the later
 * batch within one source) and the one set aside. {@code unitMixup} marks a ratio near 10⁴ (元 reported as 万元).
 */
public record Conflict(CreditCode enterprise, FactField field, Source keptSource, BigDecimal keptValue, long keptBatch,
                       Source otherSource, BigDecimal otherValue, long otherBatch, boolean unitMixup) {
}
