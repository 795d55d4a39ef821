package io.muyield.store.cluster;

import io.muyield.store.summary.PerMuFigure;

import java.math.BigDecimal;

/**
 * Summed facts of a group of enterprise-years (a cluster, a district, a park, in one year), amounts in 万元, land in 亩.
 * {@code outputAboveScale} and {@code revenueAboveScale} sum 规上 enterprises only: the scale a cluster target is set in.
 * Per-mu figures follow core's RatioAggregate rule (enterprises with land &gt; 0 and the numerator known).
 */
public record Figures(long enterprises, long aboveScale, BigDecimal output, BigDecimal outputAboveScale, BigDecimal revenue,
                      BigDecimal revenueAboveScale, BigDecimal valueAdded, BigDecimal tax, BigDecimal landMu,
                      PerMuFigure taxPerMu, PerMuFigure valueAddedPerMu, PerMuFigure outputPerMu) {

    /**
     * The scale a target is measured in: 规上 output (工业总产值) for manufacturing; revenue of all members for services
     * (the 规上 line of services differs from industry's and department files seldom flag it).
     */
    public BigDecimal scale(boolean manufacturing) {
        return manufacturing ? outputAboveScale : revenue;
    }
}
