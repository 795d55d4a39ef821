package io.muyield.core.evaluation.scheme;

import java.util.List;
import java.util.OptionalDouble;

/** Bonuses (capped in total), deductions (capped in total) and vetoes. */
public record Adjustments(List<AdjustmentRule> bonuses, OptionalDouble bonusCap, List<AdjustmentRule> deductions,
                          OptionalDouble deductionCap, List<Veto> vetoes) {
    public Adjustments {
        bonuses = List.copyOf(bonuses);
        deductions = List.copyOf(deductions);
        vetoes = List.copyOf(vetoes);
    }

    public static final Adjustments NONE = new Adjustments(List.of(), OptionalDouble.empty(), List.of(), OptionalDouble.empty(), List.of());
}
