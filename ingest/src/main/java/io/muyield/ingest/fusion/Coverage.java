package io.muyield.ingest.fusion;

import io.muyield.core.fact.Source;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many registered enterprises of a district a source covers. District "*" is the whole city. */
public record Coverage(Source source, String district, int registered, int covered) {

    /** covered ÷ registered, 4 decimals; 0 when no enterprise is registered. */
    public BigDecimal rate() {
        return registered == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
    }
}
