package io.muyield.app.region;

import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;

/** The region hierarchy: city, 一区两群 groups, districts, counties, functional zones; and parks. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions")
class RegionApi {

    private final RegionRepository regions;
    private final ParkRepository parks;

    RegionApi(RegionRepository regions, ParkRepository parks) {
        this.regions = regions;
        this.parks = parks;
    }

    record RegionJson(String code, String nameZh, String nameEn, RegionKind kind, String parentCode, boolean nationalCode,
                      List<String> overlapsDistricts) {
        static RegionJson of(Region r) {
            return new RegionJson(r.code(), r.nameZh(), r.nameEn(), r.kind(), r.parentCode().orElse(null), r.nationalCode(),
                    r.overlapsDistricts());
        }
    }

    record ParkJson(String code, String nameZh, String regionCode, String level) {
    }

    record RegionDetail(RegionJson region, List<ParkJson> parks) {
    }

    @GetMapping
    @Operation(summary = "All regions, optionally of one kind (DISTRICT, COUNTY, AUTONOMOUS_COUNTY, FUNCTIONAL_ZONE, GROUP, MUNICIPALITY)")
    List<RegionJson> list(@RequestParam Optional<RegionKind> kind) {
        List<Region> all = kind.map(regions::ofKind).orElseGet(regions::all);
        return all.stream().map(RegionJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region with its parks")
    RegionDetail one(@PathVariable String code) {
        Region region = regions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no region " + code));
        List<ParkJson> inRegion = parks.inRegion(code).stream()
                .map(p -> new ParkJson(p.code(), p.nameZh(), p.regionCode(), p.level().name())).toList();
        return new RegionDetail(RegionJson.of(region), inRegion);
    }
}
