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
 * capability (0–1) around their industries, with the district's RCA in the cluster and the industries it already has
 * that are closest to it (docs/RELATEDNESS.md).
 */
record PlacementJson(int year, String method, List<District> districts) {

    record Reason(String industry, String industryNameZh, String closestTarget, String closestTargetNameZh, BigDecimal proximity,
                  BigDecimal rca) {
    }

    record Placement(String id, String nameZh, String nameEn, String tier, BigDecimal density, BigDecimal clusterRca,
                     int industriesInCity, List<Reason> reasons) {
    }

    record District(String code, String nameZh, String nameEn, List<Placement> clusters) {
    }

    static PlacementJson of(int year, List<RisingStarPlacement.DistrictPlacements> all, Map<String, Region> regions, IndustryCatalog catalog) {
        List<District> districts = all.stream().map(d -> {
            Region r = regions.get(d.district());
            List<Placement> ps = d.clusters().stream().map(p -> new Placement(p.cluster().id(), p.cluster().nameZh(), p.cluster().nameEn(),
                    p.cluster().tier().name(), rate(p.density()), rate(p.clusterRca()), p.industriesInCity(),
                    p.reasons().stream().map(l -> new Reason(l.industry(), name(catalog, l.industry()), l.closestTarget(),
                            name(catalog, l.closestTarget()), rate(l.proximity()), rate(l.rca()))).toList())).toList();
            return new District(d.district(), r == null ? d.district() : r.nameZh(), r == null ? d.district() : r.nameEn(), ps);
        }).toList();
        return new PlacementJson(year, "Hidalgo et al. 2007 product space over districts × GB/T 4754 classes, activity = output", districts);
    }

    private static String name(IndustryCatalog catalog, String code) {
        return catalog.find(new IndustryCode(code)).map(IndustryClass::nameZh).orElse(code);
    }
}
