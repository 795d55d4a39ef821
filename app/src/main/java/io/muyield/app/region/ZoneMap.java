package io.muyield.app.region;

import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.region.RegionRepository;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The functional zones' approximate extents as GeoJSON ({@link ZoneShapes}), grown once from the project's district
 * shapes and the region data's host districts, and kept (they change only with the reference data).
 */
@Component
class ZoneMap {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ZoneMap.class);
    static final String DISTRICTS = "refdata/chongqing_districts.geojson";

    private final RegionRepository regions;
    private volatile Map<String, Object> geoJson;

    ZoneMap(RegionRepository regions) {
        this.regions = regions;
    }

    static JsonNode districts() {
        try (InputStream in = new ClassPathResource(DISTRICTS).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zone code → the district codes it overlaps (region.overlaps_districts). */
    Map<String, List<String>> hosts() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Region r : regions.all()) {
            if (r.kind() == RegionKind.FUNCTIONAL_ZONE) {
                out.put(r.code(), r.overlapsDistricts());
            }
        }
        return out;
    }

    /** A FeatureCollection: one MultiPolygon per zone, with its construction in the properties. */
    Map<String, Object> geoJson() {
        Map<String, Object> known = geoJson;
        if (known == null) {
            synchronized (this) {
                if (geoJson == null) {
                    geoJson = build();
                }
                known = geoJson;
            }
        }
        return known;
    }

    private Map<String, Object> build() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.all().forEach(r -> byCode.put(r.code(), r));
        List<Map<String, Object>> features = new ArrayList<>();
        for (ZoneShapes.Shape s : ZoneShapes.build(districts(), hosts())) {
            LOG.info("functional zone {}: {} km² ({} km² official) within {} km of {}, {} in {} pieces", s.spec().code(),
                    Math.round(s.areaKm2()), s.spec().officialKm2(), Math.round(s.radiusKm() * 100) / 100.0,
                    java.util.Arrays.toString(s.seed()), s.hosts(), s.pieces().size());
            Region r = byCode.get(s.spec().code());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", s.spec().code());
            properties.put("nameZh", r == null ? s.spec().code() : r.nameZh());
            properties.put("nameEn", r == null ? s.spec().code() : r.nameEn());
            properties.put("approximate", true);
            properties.put("officialAreaKm2", s.spec().officialKm2());
            properties.put("areaSource", s.spec().areaSource());
            properties.put("areaKm2", Math.round(s.areaKm2() * 10) / 10.0);
            properties.put("hosts", s.hosts());
            properties.put("seed", s.seed());
            properties.put("seedRule", s.spec().seedRule());
            properties.put("radiusKm", Math.round(s.radiusKm() * 100) / 100.0);
            properties.put("construction", "the part of the union of its host districts within radiusKm (ground distance) of the seed, "
                    + "radius chosen so that the area equals the official area (docs/MAP.md)");
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "MultiPolygon");
            geometry.put("coordinates", ZoneShapes.coordinates(s.pieces()));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", s.spec().code());
            feature.put("properties", properties);
            feature.put("geometry", geometry);
            features.add(feature);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "FeatureCollection");
        out.put("name", "chongqing_functional_zones_approximate");
        out.put("features", features);
        return out;
    }
}
