package io.muyield.core.evaluation.input;

import io.muyield.core.enterprise.CreditCode;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an evaluation needs about an enterprise beyond its registration and facts: its tags (high_tech, specialised,
 * little_giant, champion, listed, chain_leader, policy_relocation …), its events in the data year with counts
 * (major_safety_accident, environmental_violation, serious_dishonesty, admin_penalty …) and, for a tenant, its landlord.
 */
public record EnterpriseStanding(Set<String> tags, Map<String, Integer> events, Optional<CreditCode> landlord) {

    public static final EnterpriseStanding NONE = new EnterpriseStanding(Set.of(), Map.of(), Optional.empty());

    public EnterpriseStanding {
        tags = Set.copyOf(tags);
        events = Map.copyOf(events);
        Objects.requireNonNull(landlord, "landlord");
    }
}
