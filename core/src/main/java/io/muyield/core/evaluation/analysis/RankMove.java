package io.muyield.core.evaluation.analysis;

import java.util.List;

/**
 * A unit's move between two runs within its category city-wide: ranks (1 = best; 0 = not ranked), totals, classes,
 * and the indicators behind it, largest change of weighted part first.
 */
public record RankMove(String unitId, String name, String categoryId, int rankBefore, int rankAfter, double totalBefore, double totalAfter,
                       String classBefore, String classAfter, List<IndicatorCause> causes) {

    /** Positive when the unit climbed. */
    public int places() {
        return rankBefore - rankAfter;
    }
}
