package io.muyield.core.cluster;

import io.muyield.core.industry.IndustryCode;

import java.util.Objects;

/**
 * One industry code in a cluster's membership: a prefix at any level ("39" covers all of 大类 39), whether it is core
 * or only related, and whether the code belongs to the cluster only in part (marked * in the draft mapping).
 */
public record ClusterCode(IndustryCode prefix, boolean core, boolean partial) {
    public ClusterCode {
        Objects.requireNonNull(prefix);
    }

    public boolean covers(IndustryCode code) {
        return code.within(prefix);
    }
}
