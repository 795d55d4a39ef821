package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.industry.IndustryLevel;
import io.muyield.core.region.Park;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What rows are checked against: the industry catalogue (known 小类 codes), the districts (by GB/T 2260 code or
 * Chinese name), the functional zones (by our code or name), and the park roster when one is known (otherwise park
 * codes are taken as written).
 */
public final class ReferenceData {

    private final Predicate<IndustryCode> knownIndustry;
    private final Map<String, String> districts;
    private final Map<String, String> zones;
    private final Optional<Set<String>> parks;
    private final Optional<Predicate<CreditCode>> registered;

    public ReferenceData(Predicate<IndustryCode> knownIndustry, Map<String, String> districtsByCodeOrName,
                         Map<String, String> zonesByCodeOrName, Optional<Set<String>> parkCodes) {
        this(knownIndustry, districtsByCodeOrName, zonesByCodeOrName, parkCodes, Optional.empty());
    }

    private ReferenceData(Predicate<IndustryCode> knownIndustry, Map<String, String> districtsByCodeOrName,
                          Map<String, String> zonesByCodeOrName, Optional<Set<String>> parkCodes,
                          Optional<Predicate<CreditCode>> registered) {
        this.knownIndustry = Objects.requireNonNull(knownIndustry);
        this.districts = Map.copyOf(districtsByCodeOrName);
        this.zones = Map.copyOf(zonesByCodeOrName);
        this.parks = parkCodes.map(Set::copyOf);
        this.registered = Objects.requireNonNull(registered);
    }

    /**
     * Same checks, and rows about an enterprise (facts, power accounts, parcel owners, lease parties) must name one the
     * predicate knows as registered: what a store that keeps one row per registered enterprise needs.
     */
    public ReferenceData withRegistered(Predicate<CreditCode> isRegistered) {
        return new ReferenceData(knownIndustry, districts, zones, parks, Optional.of(isRegistered));
    }

    /** Whether the enterprise is registered; true for any code when registration is not checked. */
    public boolean registered(CreditCode code) {
        return registered.map(p -> p.test(code)).orElse(true);
    }

    /** From the core catalogue and region list: districts and counties by code and name, zones likewise. */
    public static ReferenceData of(IndustryCatalog catalog, Collection<Region> regions, Optional<Collection<Park>> parks) {
        Map<String, String> d = new HashMap<>();
        Map<String, String> z = new HashMap<>();
        for (Region r : regions) {
            if (r.kind() == RegionKind.FUNCTIONAL_ZONE) {
                z.put(r.code(), r.code());
                z.put(r.nameZh(), r.code());
            } else if (r.kind().isCountyLevel()) {
                d.put(r.code(), r.code());
                d.put(r.nameZh(), r.code());
            }
        }
        return new ReferenceData(c -> c.level() == IndustryLevel.CLASS && catalog.contains(c), d, z,
                parks.map(ps -> Set.copyOf(ps.stream().map(Park::code).toList())));
    }

    /** Same checks, with the park roster replaced (e.g. by the parks.csv of the same delivery). */
    public ReferenceData withParks(Set<String> parkCodes) {
        return new ReferenceData(knownIndustry, districts, zones, Optional.of(parkCodes), registered);
    }

    public boolean knownIndustry(IndustryCode code) {
        return knownIndustry.test(code);
    }

    /** The district code for a code or a name as written ("渝北区", "重庆市渝北区", "500112"). */
    public Optional<String> district(String text) {
        String s = text.strip();
        String hit = districts.get(s);
        if (hit == null && s.startsWith("重庆市")) {
            hit = districts.get(s.substring(3));
        }
        return Optional.ofNullable(hit);
    }

    public Optional<String> zone(String text) {
        return Optional.ofNullable(zones.get(text.strip()));
    }

    /** Whether the park code is on the roster; true for any code when no roster is known. */
    public boolean knownPark(String code) {
        return parks.map(p -> p.contains(code)).orElse(true);
    }

    public boolean hasParkRoster() {
        return parks.isPresent();
    }
}
