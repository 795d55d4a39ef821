package io.muyield.synth;

import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synthetic park roster: 2–4 parks per district or functional zone, named after the usual patterns, with a
 * level. Deterministic (does not depend on the seed), so every generated city shares it.
 */
final class ParkRoster {

    /** A few districts host a 国家级 development zone; we name their first park accordingly. */
    private static final Map<String, String> NATIONAL_FIRST = Map.of(
            "500108", "重庆经济技术开发区",
            "500115", "长寿经济技术开发区",
            "500101", "万州经济技术开发区",
            "500120", "璧山高新技术产业开发区",
            "500118", "永川高新技术产业开发区",
            "500153", "荣昌高新技术产业开发区");
    private static final Map<String, String[]> ZONE_PARKS = Map.of(
            "CQ-LJXQ", new String[]{"两江新区智能网联汽车产业园", "两江新区电子信息产业园", "两江新区高端装备产业园", "两江新区生物医药产业园"},
            "CQ-GXQ", new String[]{"高新区电子信息产业园", "高新区生物医药产业园", "高新区智能制造产业园", "高新区新材料产业园"},
            "CQ-WSJKQ", new String[]{"万盛经开区新材料产业园", "万盛经开区循环经济产业园"});
    private static final String[] PATTERNS = {"%s工业园区", "%s高新技术产业园", "%s智能制造产业园", "%s特色产业园"};
    private static final double[] PARK_WEIGHTS = {0.4, 0.3, 0.2, 0.1};

    private final List<Park> parks = new ArrayList<>();
    /** Per region index: the first park index and the cumulative weights of its parks. */
    private final int[] firstPark;
    private final double[][] cumulative;

    ParkRoster(DistrictTable districts) {
        firstPark = new int[districts.size()];
        cumulative = new double[districts.size()][];
        for (int r = 0; r < districts.size(); r++) {
            DistrictTable.Entry e = districts.entry(r);
            firstPark[r] = parks.size();
            int n = e.parkCount();
            for (int k = 0; k < n; k++) {
                String code = String.format("CQ-P-%s-%02d", e.code(), k + 1);
                parks.add(new Park(code, name(e, k), e.code(), ParkLevel.ofChinese(level(e, k))));
            }
            double[] w = new double[n];
            System.arraycopy(PARK_WEIGHTS, 0, w, 0, n);
            cumulative[r] = Resources.cumulative(w);
        }
    }

    private static String name(DistrictTable.Entry e, int k) {
        if (e.zone()) {
            return ZONE_PARKS.get(e.code())[k];
        }
        if (k == 0 && NATIONAL_FIRST.containsKey(e.code())) {
            return NATIONAL_FIRST.get(e.code());
        }
        return String.format(PATTERNS[k], e.shortName());
    }

    private static String level(DistrictTable.Entry e, int k) {
        if (k == 0 && (e.zone() && !e.code().equals("CQ-WSJKQ") || NATIONAL_FIRST.containsKey(e.code()))) {
            return "国家级";
        }
        return k <= 1 ? "市级" : "区县级";
    }

    /** Draws one of the region's parks. */
    int draw(int region, Draws d) {
        return firstPark[region] + d.pick(cumulative[region]);
    }

    Park park(int index) {
        return parks.get(index);
    }

    List<Park> parks() {
        return List.copyOf(parks);
    }
}
