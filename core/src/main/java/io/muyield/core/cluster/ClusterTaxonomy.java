package io.muyield.core.cluster;

import io.muyield.core.industry.IndustryCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All clusters. Clusters overlap (新型显示 lies inside electronics): an enterprise may count towards several clusters,
 * each cluster total counts it once, and a city total over clusters must be taken over the set of enterprises that
 * count towards any of them, never as the sum of cluster totals.
 */
public final class ClusterTaxonomy {

    private final Map<String, Cluster> byId = new LinkedHashMap<>();

    public ClusterTaxonomy(List<Cluster> clusters) {
        for (Cluster c : clusters) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("cluster id listed twice: " + c.id());
            }
        }
    }

    public List<Cluster> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Cluster> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every cluster the industry counts towards, in taxonomy order. */
    public List<Cluster> clustersOf(IndustryCode industry) {
        return byId.values().stream().filter(c -> c.counts(industry)).toList();
    }

    /** The best tier the industry reaches, used to count enterprises by tier without double counting. */
    public Optional<ClusterTier> topTierOf(IndustryCode industry) {
        return clustersOf(industry).stream().map(Cluster::tier).min(Enum::compareTo);
    }
}
