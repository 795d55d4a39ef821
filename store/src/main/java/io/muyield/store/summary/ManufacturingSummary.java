package io.muyield.store.summary;

import java.math.BigDecimal;

/**
 * 规上 manufacturing (GB/T 4754 大类 13–43) in a year: how many enterprises, the sums of each fact over those that
 * report it, and the per-mu figures 亩均税收, 亩均增加值, 亩均产值 (万元/亩).
 */
public record ManufacturingSummary(long enterprises, BigDecimal tax, BigDecimal valueAdded, BigDecimal output, BigDecimal landMu,
                                   PerMuFigure taxPerMu, PerMuFigure valueAddedPerMu, PerMuFigure outputPerMu) {
}
