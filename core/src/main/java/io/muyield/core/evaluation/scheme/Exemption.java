package io.muyield.core.evaluation.scheme;

import io.muyield.core.evaluation.expression.Expression;

import java.util.Objects;

/** An exemption (registered under two years, public utilities 大类 44–46, policy relocation …); the first that holds applies. */
public record Exemption(String id, String nameZh, Expression when, String whenText, ExemptionEffect effect, int line) {
    public Exemption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(effect, "effect");
    }
}
