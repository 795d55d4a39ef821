package io.muyield.core.evaluation.scheme;

import io.muyield.core.evaluation.expression.Expression;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is evaluated together (规上; 规下 ≥ 3 亩; 规下 &lt; 3 亩; tenants without land of their own …): the first category
 * whose condition holds takes the unit. A category either scores its units with its model, or — the tenant rule —
 * gives each unit its landlord's class ({@code inheritsLandlord}).
 */
public record Category(String id, String nameZh, Expression when, String whenText, Optional<ScoringModel> model,
                       boolean inheritsLandlord, int line) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(model, "model");
    }

    public Category withModel(ScoringModel m) {
        return new Category(id, nameZh, when, whenText, Optional.of(m), inheritsLandlord, line);
    }
}
