package io.muyield.ingest.value;

import io.muyield.core.fact.Unit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The outcome of reading one numeric cell: blank (no figure, which is not zero), a number (with the unit typed after
 * it, if any, and whether it was written as a percentage), or a problem in words a clerk understands.
 */
public sealed interface ParsedNumber {

    record Blank() implements ParsedNumber {
    }

    record Number(BigDecimal value, Optional<Unit> unit, boolean percent) implements ParsedNumber {
    }

    record Invalid(String reasonZh, String reasonEn) implements ParsedNumber {
    }

    ParsedNumber BLANK = new Blank();
}
