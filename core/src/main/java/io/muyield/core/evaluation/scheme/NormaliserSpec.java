package io.muyield.core.evaluation.scheme;

import java.util.Objects;

/**
 * A normalisation method with its parameters. Unused parameters are NaN. {@code high} of SCALED is NaN when it is the
 * benchmark. Peer statistics (min, max, mean, sd, ranks) are taken over {@code peers}. For LOWER_IS_BETTER indicators
 * every method except RATIO works on −x, as COINr does.
 */
public record NormaliserSpec(NormaliserKind kind, double low, double high, double scale, double target,
                             boolean sampleSd, boolean capAtTarget, PeerScope peers) {

    public NormaliserSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(peers, "peers");
    }

    public static NormaliserSpec ratio() {
        return new NormaliserSpec(NormaliserKind.RATIO, 0, Double.NaN, 1, Double.NaN, true, false, PeerScope.CATEGORY);
    }

    public static NormaliserSpec of(NormaliserKind kind) {
        return switch (kind) {
            case MIN_MAX -> new NormaliserSpec(kind, 0, 100, 1, Double.NaN, true, false, PeerScope.CATEGORY);
            case Z_SCORE -> new NormaliserSpec(kind, 0, 1, 1, Double.NaN, true, false, PeerScope.CATEGORY);
            case PERCENTILE_RANK -> new NormaliserSpec(kind, 0, Double.NaN, 100, Double.NaN, true, false, PeerScope.CATEGORY);
            case SCALED -> new NormaliserSpec(kind, 0, Double.NaN, 1, Double.NaN, true, false, PeerScope.CATEGORY);
            default -> new NormaliserSpec(kind, 0, Double.NaN, 1, Double.NaN, true, false, PeerScope.CATEGORY);
        };
    }

    public NormaliserSpec withPeers(PeerScope p) {
        return new NormaliserSpec(kind, low, high, scale, target, sampleSd, capAtTarget, p);
    }
}
