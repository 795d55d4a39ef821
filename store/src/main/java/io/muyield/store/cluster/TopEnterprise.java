package io.muyield.store.cluster;

import java.math.BigDecimal;
import java.util.Optional;

/** One of the largest enterprises of a group in a year, with the facts its rank comes from (万元, 亩). */
public record TopEnterprise(String creditCode, String name, String districtCode, String industryCode, boolean aboveScale,
                            Optional<BigDecimal> output, Optional<BigDecimal> revenue, Optional<BigDecimal> valueAdded,
                            Optional<BigDecimal> tax, Optional<BigDecimal> landMu) {
}
