package io.muyield.app.region;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.WebTest;
import io.muyield.store.region.RegionRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The functional zones' approximate shapes (docs/MAP.md): each lies inside its host districts and in no other district,
 * has its official area within 2 %, contains its seed, and is the same every time it is built; the API serves them.
 */
class ZoneShapesTest extends WebTest {

    /** Inside the district's rings, or on their boundary (a clipped vertex lies on a district edge). */
    private static boolean inDistrict(List<List<double[]>> rings, double[] p) {
        for (List<double[]> r : rings) {
            if (ZoneShapes.inside(r, p) || onBoundary(r, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onBoundary(List<double[]> ring, double[] p) {
        for (int k = 0; k < ring.size(); k++) {
            double[] a = ring.get(k);
            double[] b = ring.get((k + 1) % ring.size());
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double t = len == 0 ? 0 : ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / (len * len);
            t = Math.max(0, Math.min(1, t));
            if (Math.hypot(a[0] + t * (b[0] - a[0]) - p[0], a[1] + t * (b[1] - a[1]) - p[1]) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eachZoneLiesInsideItsHostsWithItsOfficialArea() {
        tools.jackson.databind.JsonNode districts = ZoneMap.districts();
        Map<String, List<List<double[]>>> rings = ZoneShapes.rings(districts);
        Map<String, List<String>> hosts = new ZoneMap(new RegionRepository(database)).hosts();
        assertThat(hosts).containsKeys("CQ-LJXQ", "CQ-GXQ", "CQ-WSJKQ");
        List<ZoneShapes.Shape> shapes = ZoneShapes.build(districts, hosts);
        assertThat(shapes).extracting(s -> s.spec().code()).containsExactly("CQ-LJXQ", "CQ-GXQ", "CQ-WSJKQ");
        for (ZoneShapes.Shape s : shapes) {
            String zone = s.spec().code();
            double official = s.spec().officialKm2();
            assertThat(s.areaKm2()).as("%s area", zone).isCloseTo(official, within(official * 0.02));
            assertThat(s.pieces()).as(zone).isNotEmpty();
            for (ZoneShapes.Piece piece : s.pieces()) {
                assertThat(s.hosts()).contains(piece.district());
                for (double[] v : piece.ring()) {
                    assertThat(inDistrict(rings.get(piece.district()), v)).as("%s vertex %s,%s inside host %s", zone, v[0], v[1],
                            piece.district()).isTrue();
                    double dLon = (v[0] - s.seed()[0]) * Math.cos(Math.toRadians(s.seed()[1]));
                    double dLat = v[1] - s.seed()[1];
                    assertThat(Math.toRadians(Math.hypot(dLon, dLat)) * ZoneShapes.EARTH_RADIUS_KM).isLessThanOrEqualTo(s.radiusKm() * 1.001);
                }
            }
            // every piece's area is the host's area inside the circle: nothing of another district is drawn
            assertThat(s.pieces().stream().map(ZoneShapes.Piece::district).distinct().toList()).isSubsetOf(s.hosts());
            assertThat(s.pieces().stream().anyMatch(p -> ZoneShapes.inside(p.ring(), s.seed()))).as("%s contains its seed", zone).isTrue();
        }
        List<ZoneShapes.Shape> again = ZoneShapes.build(districts, hosts);
        for (int z = 0; z < shapes.size(); z++) {
            assertThat(ZoneShapes.coordinates(again.get(z).pieces())).usingRecursiveComparison()
                    .isEqualTo(ZoneShapes.coordinates(shapes.get(z).pieces()));
        }
        assertThat(shapes.get(2).seed()).containsExactly(106.92, 28.96);          // 万盛: the former 万盛区's seat
        assertThat(shapes.get(2).hosts()).containsExactly("500110");
    }

    @Test
    void clippingAndSphericalArea() {
        // 1° × 1° at the equator: R² · (π/180) · sin(1°) is the exact spherical area of the cell
        List<double[]> cell = List.of(new double[]{0, 0}, new double[]{1, 0}, new double[]{1, 1}, new double[]{0, 1});
        double exact = Math.pow(ZoneShapes.EARTH_RADIUS_KM, 2) * Math.toRadians(1) * Math.sin(Math.toRadians(1));
        assertThat(ZoneShapes.ringAreaKm2(cell)).isCloseTo(exact, within(exact * 1e-3));
        assertThat(ZoneShapes.ringAreaKm2(ZoneShapes.disk(new double[]{106.5, 29.5}, 10))).isCloseTo(Math.PI * 100, within(Math.PI));
        // a U around a circle of 1 km at (0°, 0°): its notch (|x| < 0.5 km, y > -1.5 km) splits the circle's inside into
        // two circular segments of r² acos(d/r) − d √(r² − d²) each, d = 0.5 — two pieces, no bridge across the notch
        double km = Math.toRadians(1) * ZoneShapes.EARTH_RADIUS_KM;
        double[][] u = {{-2, -2}, {2, -2}, {2, 2}, {0.5, 2}, {0.5, -1.5}, {-0.5, -1.5}, {-0.5, 2}, {-2, 2}};
        List<double[]> ring = new java.util.ArrayList<>();
        for (double[] p : u) {
            ring.add(new double[]{p[0] / km, p[1] / km});
        }
        List<List<double[]>> parts = ZoneShapes.clipByCircle(ring, new double[]{0, 0}, 1);
        assertThat(parts).hasSize(2);
        double segment = Math.acos(0.5) - 0.5 * Math.sqrt(0.75);
        for (List<double[]> part : parts) {
            assertThat(ZoneShapes.ringAreaKm2(part)).isCloseTo(segment, within(segment * 2e-3));
            for (double[] v : part) {
                assertThat(Math.abs(v[0] * km)).isGreaterThanOrEqualTo(0.5 - 1e-9);           // never inside the notch
            }
        }
        List<double[]> big = List.of(new double[]{-1, -1}, new double[]{1, -1}, new double[]{1, 1}, new double[]{-1, 1});
        assertThat(ZoneShapes.ringAreaKm2(ZoneShapes.clipByCircle(big, new double[]{0, 0}, 5).get(0)))
                .isCloseTo(Math.PI * 25, within(Math.PI * 25 * 1e-3));                           // the circle inside the polygon
        assertThat(ZoneShapes.clipByCircle(big, new double[]{0, 0}, 500).get(0)).isSameAs(big);    // the polygon inside the circle
        assertThat(ZoneShapes.clipByCircle(big, new double[]{5, 5}, 5)).isEmpty();                 // apart
    }

    @Test
    void theApiServesTheShapesWithTheirConstruction() throws Exception {
        JsonNode geo = api().getJson("/api/v1/map/functional-zones");
        assertThat(geo.get("features")).hasSize(3);
        JsonNode liangjiang = geo.get("features").get(0);
        assertThat(liangjiang.get("id").asText()).isEqualTo("CQ-LJXQ");
        assertThat(liangjiang.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(liangjiang.get("properties").get("approximate").asBoolean()).isTrue();
        assertThat(liangjiang.get("properties").get("areaKm2").asDouble()).isCloseTo(1200, within(24.0));
        assertThat(liangjiang.get("properties").get("hosts").toString()).contains("500112");
    }
}
