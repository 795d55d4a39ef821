package io.muyield.app.cluster;

import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryClass;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.region.Region;
import io.muyield.store.cluster.RisingStarPlacement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.muyield.app.cluster.Numbers.rate;

/**
 * {@code /api/v1/clusters/placements}: for each district, the 18 新星 clusters ranked by the density of related
 * capability (0–1) around their industries, with the district's RCA in the cluster and two kinds of reasons kept
 * apart: {@code existing}, the cluster's industries the district already has (RCA ≥ 1), and {@code related}, its other
 * industries close to them (proximity φ to a cluster industry) (docs/RELATEDNESS.md).
 */
record PlacementJson(int year, String method, List<District> districts) {

    /** (a) One of the cluster's own industries the district already has, with its RCA (≥ 1). */
    record Existing(String industry, String industryNameZh, BigDecimal rca) {
    }

    /** (b) Another industry the district has (RCA ≥ 1), the cluster industry it is closest to and their proximity φ. */
    record Related(String industry, String industryNameZh, String closestTarget, String closestTargetNameZh, BigDecimal proximity,
                   BigDecimal rca) {
    }

    record Placement(String id, String nameZh, String nameEn, String tier, BigDecimal density, BigDecimal clusterRca,
                     int industriesInCity, List<Existing> existing, List<Related> related) {
    }

    record District(String code, String nameZh, String nameEn, List<Placement> clusters) {
    }

    static PlacementJson of(int year, List<RisingStarPlacement.DistrictPlacements> all, Map<String, Region> regions, IndustryCatalog catalog) {
        List<District> districts = all.stream().map(d -> {
            Region r = regions.get(d.district());
            List<Placement> ps = d.clusters().stream().map(p -> new Placement(p.cluster().id(), p.cluster().nameZh(), p.cluster().nameEn(),
                    p.cluster().tier().name(), rate(p.density()), rate(p.clusterRca()), p.industriesInCity(),
                    p.existing().stream().map(e -> new Existing(e.industry(), name(catalog, e.industry()), rate(e.rca()))).toList(),
                    p.related().stream().map(l -> new Related(l.industry(), name(catalog, l.industry()), l.closestTarget(),
                            name(catalog, l.closestTarget()), rate(l.proximity()), rate(l.rca()))).toList())).toList();
            return new District(d.district(), r == null ? d.district() : r.nameZh(), r == null ? d.district() : r.nameEn(), ps);
        }).toList();
        return new PlacementJson(year, "Hidalgo et al. 2007 product space over districts × GB/T 4754 classes, activity = output", districts);
    }

    private static String name(IndustryCatalog catalog, String code) {
        return catalog.find(new IndustryCode(code)).map(IndustryClass::nameZh).orElse(code);
    }
}
