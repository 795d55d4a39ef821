package io.muyield.app.evaluation;

import io.muyield.store.evaluation.GroupFigures;

import java.util.List;
import java.util.Locale;

/**
 * What a league table ranks by, highest first (a district, park or industry without the figure comes last): 亩均税收 or
 * 亩均增加值 as Σ numerator ÷ Σ land, the mean total score of its classed enterprises, or the share of its classed
 * enterprises in the scheme's two best classes (A+B for chongqing-2023). The default is 亩均税收.
 */
enum LeagueMeasure {
    TAX_PER_MU, VA_PER_MU, MEAN_TOTAL, TOP_SHARE;

    /** The value ranked, NaN when the group has none. {@code topClasses}: the run's best classes (for TOP_SHARE). */
    double of(GroupFigures g, List<String> topClasses) {
        return switch (this) {
            case TAX_PER_MU -> g.taxPerMu();
            case VA_PER_MU -> g.valueAddedPerMu();
            case MEAN_TOTAL -> g.meanTotal();
            case TOP_SHARE -> topShare(g, topClasses);
        };
    }

    static double topShare(GroupFigures g, List<String> topClasses) {
        if (g.classified() == 0) {
            return Double.NaN;
        }
        long n = 0;
        for (String c : topClasses) {
            n += g.classCounts().getOrDefault(c, 0L);
        }
        return n / (double) g.classified();
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LeagueMeasure parse(String text) {
        for (LeagueMeasure m : values()) {
            if (m.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("rank must be tax_per_mu, va_per_mu, mean_total or top_share, not '" + text + "'");
    }
}
