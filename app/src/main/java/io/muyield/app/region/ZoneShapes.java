package io.muyield.app.region;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The approximate extent of each functional zone (docs/MAP.md "Functional zones"): the national code list and the map
 * data have no boundary for 两江新区, 西部科学城重庆高新区 or 万盛经开区, so each is drawn as the part of its host districts
 * (region.overlaps_districts) within a ground distance r of a seed point — every host polygon clipped by the same
 * circle — with r chosen by bisection so that the area equals the zone's official area. Deterministic: the same inputs
 * give the same shape. Plain geometry: each host polygon is cut by the circle in a local plane around the seed (km east
 * and north; the circle drawn as a 256-gon); areas are measured on the sphere (R = 6371.0088 km), in km².
 */
final class ZoneShapes {

    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final int CIRCLE_VERTICES = 256;

    /** A zone's official area with its source, and its seed point when it is not the mean label centre of its hosts. */
    record Spec(String code, double officialKm2, String areaSource, Optional<double[]> seat, String seedRule) {
    }

    /** The three zones, with the areas docs/MAP.md explains. */
    static final List<Spec> SPECS = List.of(
            new Spec("CQ-LJXQ", 1200, "国务院批复设立两江新区（2010）：规划总控制范围 1,200 km²（江北、渝北、北碚部分区域）",
                    Optional.empty(), "mean label centre of its host districts"),
            new Spec("CQ-GXQ", 1198, "西部（重庆）科学城规划范围 1,198 km²（北碚、沙坪坝、九龙坡、江津、璧山部分区域；其中重庆高新区直管园 313 km²）",
                    Optional.empty(), "mean label centre of its host districts"),
            new Spec("CQ-WSJKQ", 566, "万盛经开区＝原万盛区，幅员 566 km²（8 镇 2 街）",
                    Optional.of(new double[]{106.92, 28.96}), "万盛街道, seat of the former 万盛区 (its one host, 綦江区, is five times larger)"));

    /** One clipped piece: the host district it lies in and its ring (lon/lat, not closed). */
    record Piece(String district, List<double[]> ring) {
    }

    /** One zone's shape: the hosts it was grown in, the seed, the radius found, the resulting area (km²) and the pieces. */
    record Shape(Spec spec, List<String> hosts, double[] seed, double radiusKm, double areaKm2, List<Piece> pieces) {
    }

    private ZoneShapes() {
    }

    /**
     * Grows every zone of {@link #SPECS} inside its hosts.
     *
     * @param districts the districts' GeoJSON (features with {@code properties.adcode} and {@code properties.cp})
     * @param hosts     zone code → the district codes it overlaps
     */
    static List<Shape> build(JsonNode districts, Map<String, List<String>> hosts) {
        Map<String, List<List<double[]>>> rings = rings(districts);
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (JsonNode f : districts.get("features")) {
            JsonNode cp = f.get("properties").get("cp");
            centres.put(f.get("properties").get("adcode").asString(), new double[]{cp.get(0).asDouble(), cp.get(1).asDouble()});
        }
        List<Shape> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            List<String> zoneHosts = Objects.requireNonNull(hosts.get(spec.code()), () -> "no host districts for " + spec.code());
            double lon = 0;
            double lat = 0;
            for (String h : zoneHosts) {
                Objects.requireNonNull(rings.get(h), () -> "no shape for district " + h);
                lon += centres.get(h)[0];
                lat += centres.get(h)[1];
            }
            double[] seed = spec.seat().orElse(new double[]{lon / zoneHosts.size(), lat / zoneHosts.size()});
            out.add(grow(spec, zoneHosts, rings, seed));
        }
        return out;
    }

    /** District code → its outer rings (lon/lat); the project's shapes have no holes. */
    static Map<String, List<List<double[]>>> rings(JsonNode districts) {
        Map<String, List<List<double[]>>> out = new LinkedHashMap<>();
        for (JsonNode f : districts.get("features")) {
            JsonNode geometry = f.get("geometry");
            String type = geometry.get("type").asString();
            List<List<double[]>> rs = new ArrayList<>();
            if (type.equals("Polygon")) {
                rs.add(ring(geometry.get("coordinates").get(0)));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode p : geometry.get("coordinates")) {
                    rs.add(ring(p.get(0)));
                }
            } else {
                throw new IllegalArgumentException("not a polygon: " + type);
            }
            out.put(f.get("properties").get("adcode").asString(), rs);
        }
        return out;
    }

    private static Shape grow(Spec spec, List<String> hosts, Map<String, List<List<double[]>>> rings, double[] seed) {
        double available = 0;
        for (String h : hosts) {
            for (List<double[]> r : rings.get(h)) {
                available += ringAreaKm2(r);
            }
        }
        if (available < spec.officialKm2()) {
            throw new IllegalStateException(spec.code() + ": its host districts cover " + Math.round(available) + " km², less than its "
                    + spec.officialKm2() + " km²");
        }
        double lo = 0;
        double hi = 10;
        while (areaKm2(clip(hosts, rings, seed, hi)) < spec.officialKm2()) {
            hi *= 2;
        }
        for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
            double mid = (lo + hi) / 2;
            if (areaKm2(clip(hosts, rings, seed, mid)) < spec.officialKm2()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        List<Piece> pieces = clip(hosts, rings, seed, hi);
        return new Shape(spec, List.copyOf(hosts), seed, hi, areaKm2(pieces), pieces);
    }

    /** Every host ring clipped by the circle of the radius around the seed (empty pieces left out). */
    static List<Piece> clip(List<String> hosts, Map<String, List<List<double[]>>> rings, double[] seed, double radiusKm) {
        List<Piece> out = new ArrayList<>();
        for (String h : hosts) {
            for (List<double[]> r : rings.get(h)) {
                for (List<double[]> c : clipByCircle(r, seed, radiusKm)) {
                    if (c.size() >= 3 && ringAreaKm2(c) > 0) {
                        out.add(new Piece(h, c));
                    }
                }
            }
        }
        return out;
    }

    /** A ground circle of the radius around the point, as a counter-clockwise lon/lat polygon (degrees), not closed. */
    static List<double[]> disk(double[] centre, double radiusKm) {
        List<double[]> ring = new ArrayList<>(CIRCLE_VERTICES);
        for (int k = 0; k < CIRCLE_VERTICES; k++) {
            double t = 2 * Math.PI * k / CIRCLE_VERTICES;
            ring.add(toLonLat(centre, radiusKm * Math.cos(t), radiusKm * Math.sin(t)));
        }
        return ring;
    }

    /**
     * The parts of a simple polygon (lon/lat ring) inside the circle: in a local plane around the centre (km east, km
     * north) the polygon, made counter-clockwise, is walked from each point where it enters the circle to where it leaves,
     * then the circle counter-clockwise to the next entry (the circle between an exit and the next entry lies inside
     * the polygon), until the part closes (Weiler–Atherton for a circle). No bridges: every vertex is a polygon vertex
     * inside the circle, a crossing on a polygon edge, or a point of the circle (sampled as a 256-gon) inside the polygon.
     */
    static List<List<double[]>> clipByCircle(List<double[]> ring, double[] centre, double radiusKm) {
        List<double[]> poly = new ArrayList<>();
        for (double[] p : ring) {
            poly.add(toPlane(centre, p));
        }
        if (signedArea(poly) < 0) {
            java.util.Collections.reverse(poly);
        }
        double r2 = radiusKm * radiusKm;
        int n = poly.size();
        // the boundary as a sequence of nodes: polygon vertices and crossings, each crossing with its angle on the circle
        List<double[]> nodes = new ArrayList<>();       // {x, y, kind (0 vertex, 1 entry, -1 exit), angle}
        for (int k = 0; k < n; k++) {
            double[] p = poly.get(k);
            double[] q = poly.get((k + 1) % n);
            nodes.add(new double[]{p[0], p[1], 0, 0});
            for (double t : crossings(p, q, radiusKm)) {
                double x = p[0] + t * (q[0] - p[0]);
                double y = p[1] + t * (q[1] - p[1]);
                double[] after = {p[0] + Math.min(1, t + 1e-9) * (q[0] - p[0]), p[1] + Math.min(1, t + 1e-9) * (q[1] - p[1])};
                boolean entering = after[0] * after[0] + after[1] * after[1] < r2;
                nodes.add(new double[]{x, y, entering ? 1 : -1, Math.atan2(y, x)});
            }
        }
        List<Integer> entries = new ArrayList<>();
        List<Integer> crossing = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k)[2] != 0) {
                crossing.add(k);
                if (nodes.get(k)[2] == 1) {
                    entries.add(k);
                }
            }
        }
        List<List<double[]>> out = new ArrayList<>();
        if (crossing.isEmpty()) {
            double[] first = poly.get(0);
            if (first[0] * first[0] + first[1] * first[1] < r2) {
                out.add(ring);                                             // the polygon lies inside the circle
            } else if (inside(poly, new double[]{0, 0})) {
                out.add(disk(centre, radiusKm));                           // the circle lies inside the polygon
            }
            return out;
        }
        // crossings in counter-clockwise order around the circle
        List<Integer> byAngle = new ArrayList<>(crossing);
        byAngle.sort(java.util.Comparator.comparingDouble(k -> nodes.get(k)[3]));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int start : entries) {
            if (used.contains(start)) {
                continue;
            }
            List<double[]> part = new ArrayList<>();
            int at = start;
            for (int guard = 0; guard <= nodes.size(); guard++) {
                used.add(at);
                part.add(toLonLat(centre, nodes.get(at)[0], nodes.get(at)[1]));
                int k = (at + 1) % nodes.size();                            // follow the polygon inside to its exit
                while (nodes.get(k)[2] == 0) {
                    part.add(toLonLat(centre, nodes.get(k)[0], nodes.get(k)[1]));
                    k = (k + 1) % nodes.size();
                }
                double[] exit = nodes.get(k);
                part.add(toLonLat(centre, exit[0], exit[1]));
                int next = byAngle.get((byAngle.indexOf(k) + 1) % byAngle.size());   // along the circle to the next entry
                arc(part, centre, radiusKm, exit[3], nodes.get(next)[3]);
                at = next;
                if (at == start) {
                    break;
                }
            }
            out.add(part);
        }
        return out;
    }

    /** Parameters t in (0, 1] where the segment p→q crosses the circle of the radius around the origin. */
    private static List<Double> crossings(double[] p, double[] q, double radius) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double a = dx * dx + dy * dy;
        double b = 2 * (p[0] * dx + p[1] * dy);
        double c = p[0] * p[0] + p[1] * p[1] - radius * radius;
        double disc = b * b - 4 * a * c;
        List<Double> ts = new ArrayList<>();
        if (a == 0 || disc <= 0) {
            return ts;
        }
        double root = Math.sqrt(disc);
        for (double t : new double[]{(-b - root) / (2 * a), (-b + root) / (2 * a)}) {
            if (t > 0 && t <= 1) {
                ts.add(t);
            }
        }
        return ts;
    }

    /** Circle points strictly between two angles, counter-clockwise, at the 256-gon's spacing. */
    private static void arc(List<double[]> into, double[] centre, double radius, double from, double to) {
        double span = to - from;
        while (span <= 0) {
            span += 2 * Math.PI;
        }
        double step = 2 * Math.PI / CIRCLE_VERTICES;
        for (double a = Math.ceil(from / step) * step; a < from + span; a += step) {
            if (a > from) {
                into.add(toLonLat(centre, radius * Math.cos(a), radius * Math.sin(a)));
            }
        }
    }

    private static double[] toPlane(double[] centre, double[] lonLat) {
        double k = Math.toRadians(1) * EARTH_RADIUS_KM;
        return new double[]{(lonLat[0] - centre[0]) * k * Math.cos(Math.toRadians(centre[1])), (lonLat[1] - centre[1]) * k};
    }

    private static double[] toLonLat(double[] centre, double x, double y) {
        double k = Math.toRadians(1) * EARTH_RADIUS_KM;
        return new double[]{centre[0] + x / (k * Math.cos(Math.toRadians(centre[1]))), centre[1] + y / k};
    }

    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int k = 0; k < ring.size(); k++) {
            double[] p = ring.get(k);
            double[] q = ring.get((k + 1) % ring.size());
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    /** Total area of the pieces, km². */
    static double areaKm2(List<Piece> pieces) {
        return pieces.stream().mapToDouble(p -> ringAreaKm2(p.ring())).sum();
    }

    /** |Σ (λ₂ − λ₁)(2 + sin φ₁ + sin φ₂)| · R² / 2 over a lon/lat ring (the spherical-excess approximation GIS tools use). */
    static double ringAreaKm2(List<double[]> ring) {
        double sum = 0;
        for (int k = 0; k < ring.size(); k++) {
            double[] p = ring.get(k);
            double[] q = ring.get((k + 1) % ring.size());
            sum += Math.toRadians(q[0] - p[0]) * (2 + Math.sin(Math.toRadians(p[1])) + Math.sin(Math.toRadians(q[1])));
        }
        return Math.abs(sum) * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2;
    }

    /** Whether the point lies inside the ring (ray casting). */
    static boolean inside(List<double[]> ring, double[] point) {
        boolean in = false;
        for (int k = 0, j = ring.size() - 1; k < ring.size(); j = k++) {
            double[] a = ring.get(k);
            double[] b = ring.get(j);
            if ((a[1] > point[1]) != (b[1] > point[1])
                    && point[0] < (b[0] - a[0]) * (point[1] - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    /** A GeoJSON ring without its closing point. */
    private static List<double[]> ring(JsonNode points) {
        List<double[]> cs = new ArrayList<>();
        for (JsonNode p : points) {
            cs.add(new double[]{p.get(0).asDouble(), p.get(1).asDouble()});
        }
        if (cs.size() > 1 && cs.get(0)[0] == cs.get(cs.size() - 1)[0] && cs.get(0)[1] == cs.get(cs.size() - 1)[1]) {
            cs.remove(cs.size() - 1);
        }
        return cs;
    }

    /** The pieces as GeoJSON MultiPolygon coordinates (closed rings), rounded to 10⁻⁵° (about a metre). */
    static List<List<List<double[]>>> coordinates(List<Piece> pieces) {
        List<List<List<double[]>>> out = new ArrayList<>();
        for (Piece p : pieces) {
            List<double[]> ring = new ArrayList<>();
            for (double[] c : p.ring()) {
                ring.add(new double[]{Math.round(c[0] * 1e5) / 1e5, Math.round(c[1] * 1e5) / 1e5});
            }
            ring.add(ring.get(0));
            out.add(List.of(ring));
        }
        return out;
    }
}
