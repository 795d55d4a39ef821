package io.muyield.store.summary;

import java.util.List;

/**
 * The city in one year, over the enterprises with a record of facts in that year (within the caller's scope).
 * {@code districts} counts by administrative district: the 38 districts and counties partition the city, so they sum to
 * {@code enterprises}. {@code zones} counts the three functional zones separately: a zone's enterprises are also counted
 * in their district, so zone counts are never added to district counts. {@code tiers} counts each enterprise once at
 * its best cluster tier (core's {@code ClusterTaxonomy.topTierOf}); {@code outsideClusters} are the rest.
 */
public record CitySummary(int year, long enterprises, long aboveScale, List<RegionCount> districts, List<RegionCount> zones,
                          List<TierCount> tiers, long outsideClusters, long outsideClustersAboveScale,
                          ManufacturingSummary manufacturing) {

    public CitySummary {
        districts = List.copyOf(districts);
        zones = List.copyOf(zones);
        tiers = List.copyOf(tiers);
    }
}
