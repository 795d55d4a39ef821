package io.muyield.store.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.TargetPath;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A cluster in one year: its figures, its scale (万元, {@link Figures#scale}), growth year on year and compound from
 * {@code trendFrom}, and where it stands against its tier target (empty when the taxonomy sets none, as for the 新星).
 */
public record ClusterProgress(Cluster cluster, int year, Figures figures, BigDecimal scale, OptionalDouble yearOnYear,
                              OptionalDouble cagr, int trendFrom, Optional<TargetPath> target) {
}
