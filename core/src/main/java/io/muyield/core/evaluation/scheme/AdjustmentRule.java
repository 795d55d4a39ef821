package io.muyield.core.evaluation.scheme;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A bonus or deduction triggered by a tag (高新技术企业, 专精特新 …) or an event (administrative penalty …), optionally
 * counted per occurrence of the event, in force for data years {@code fromYear}..{@code untilYear}.
 */
public record AdjustmentRule(String id, String nameZh, boolean onTag, String trigger, double points, boolean perOccurrence,
                             OptionalInt fromYear, OptionalInt untilYear, int line) {
    public AdjustmentRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(fromYear, "from");
        Objects.requireNonNull(untilYear, "until");
    }

    public boolean inForce(int year) {
        return (fromYear.isEmpty() || year >= fromYear.getAsInt()) && (untilYear.isEmpty() || year <= untilYear.getAsInt());
    }
}
