package io.muyield.core.evaluation.scheme;

import java.util.Objects;

/**
 * Winsorising: values below the lower or above the upper percentile of the peer group (percentiles as R's type 7)
 * are set to those percentiles. {@code NONE} leaves values alone.
 */
public record OutlierRule(boolean winsorise, double lowerPercentile, double upperPercentile, PeerScope peers) {
    public OutlierRule {
        Objects.requireNonNull(peers, "peers");
        if (winsorise && !(0 <= lowerPercentile && lowerPercentile < upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("winsorising needs 0 ≤ lower < upper ≤ 100");
        }
    }

    public static final OutlierRule NONE = new OutlierRule(false, 0, 100, PeerScope.CATEGORY);
}
