package io.muyield.core.cluster;

import io.muyield.core.industry.IndustryCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cluster of the 33618 taxonomy. Membership is by industry code (core codes count towards its scale; related codes are
 * shown but not counted) plus manual overrides kept elsewhere. {@code officialMapping} is false where the code mapping was
 * drafted from the cluster's name rather than taken from a published document (DOMAIN.md §9).
 */
public record Cluster(String id, ClusterTier tier, String nameZh, String nameEn, Optional<BigDecimal> targetYuan,
                      int targetYear, boolean manufacturing, List<ClusterCode> codes, boolean officialMapping, String basis) {

    public Cluster {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tier);
        Objects.requireNonNull(nameZh);
        Objects.requireNonNull(nameEn);
        Objects.requireNonNull(targetYuan);
        Objects.requireNonNull(basis);
        codes = List.copyOf(codes);
    }

    /** Whether an enterprise with this main industry counts towards the cluster (core codes only). */
    public boolean counts(IndustryCode industry) {
        return codes.stream().anyMatch(c -> c.core() && c.covers(industry));
    }

    public boolean related(IndustryCode industry) {
        return codes.stream().anyMatch(c -> !c.core() && c.covers(industry));
    }
}
