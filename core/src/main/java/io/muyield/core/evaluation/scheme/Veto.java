package io.muyield.core.evaluation.scheme;

import java.util.Objects;

/** A veto (一票否决 / 降档) triggered by an event: major safety accident, environmental violation, serious dishonesty. */
public record Veto(String id, String nameZh, String event, VetoEffect effect, String classId, int line) {
    public Veto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(effect, "effect");
    }
}
