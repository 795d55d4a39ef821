package io.muyield.store.cluster;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One cluster: its progress in the year asked, its yearly series, its districts in that year, its top enterprises, and
 * the manual enterprise overrides in force (credit code → counted in (true) or kept out (false)).
 */
public record ClusterDetail(ClusterProgress progress, int taxonomyVersion, List<YearFigures> series, List<RegionShare> districts,
                            List<TopEnterprise> top, java.util.Map<String, Boolean> overrides) {

    /** The cluster in one year. */
    public record YearFigures(int year, Figures figures, BigDecimal scale, OptionalDouble yearOnYear) {
    }

    /** A district's part of the cluster: its figures, its scale and its share of the cluster scale (0–1). */
    public record RegionShare(String regionCode, Figures figures, BigDecimal scale, BigDecimal share) {
    }
}
