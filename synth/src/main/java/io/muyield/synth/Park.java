package io.muyield.synth;

import java.util.Objects;

/**
 * One park of the synthetic park roster (经信委 roster, file parks.csv). The roster is synthetic demo data: names
 * follow the usual patterns ("{district}工业园区", "{district}高新技术产业园" …), they are not Chongqing's real parks.
 *
 * @param code       stable code {@code CQ-P-{district or zone code}-{nn}}
 * @param name       park name
 * @param regionCode the district (GB/T 2260) or functional zone (CQ-LJXQ …) it lies in
 * @param level      国家级, 市级 or 区县级
 */
public record Park(String code, String name, String regionCode, String level) {
    public Park {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(level);
    }
}
