package io.muyield.core.evaluation.scheme;

import java.util.Objects;

/** A missing-data treatment and the peer group its statistic is taken over. */
public record MissingRule(MissingTreatment treatment, PeerScope peers) {
    public MissingRule {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(peers, "peers");
    }

    public static final MissingRule ZERO = new MissingRule(MissingTreatment.ZERO, PeerScope.CATEGORY);
}
