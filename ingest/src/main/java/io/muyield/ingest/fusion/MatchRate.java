package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Of the enterprises a source reports, how many registration knows; the first unmatched codes (at most 1000). */
public record MatchRate(Source source, int enterprises, int matched, List<CreditCode> unmatchedSample) {

    public MatchRate {
        unmatchedSample = List.copyOf(unmatchedSample);
    }

    public BigDecimal rate() {
        return enterprises == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(matched).divide(BigDecimal.valueOf(enterprises), 4, RoundingMode.HALF_UP);
    }
}
