package io.muyield.store.cluster;

import io.muyield.core.cluster.ClusterTier;

import java.util.List;
import java.util.Map;

/**
 * Every cluster in one year. {@code allClusters} and {@code byTier} are taken over the set of enterprises counting
 * towards any cluster (of the tier): an enterprise in two clusters (a 新型显示 firm is also electronics) is counted
 * once, so these are never the sum of the cluster rows. {@code taxonomyVersion} is the taxonomy version the figures used.
 */
public record ClusterOverview(int year, List<Integer> years, int taxonomyVersion, List<ClusterProgress> clusters,
                              Figures allClusters, Map<ClusterTier, Figures> byTier, Figures city) {
}
