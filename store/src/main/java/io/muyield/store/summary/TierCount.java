package io.muyield.store.summary;

import io.muyield.core.cluster.ClusterTier;

/** Enterprises whose best cluster tier is this one (each enterprise counted once, at its best tier). */
public record TierCount(ClusterTier tier, long enterprises, long aboveScale) {
}
