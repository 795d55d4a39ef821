package io.muyield.core.region;

import java.util.Objects;

/**
 * An industrial park from the 经信委 roster: our stable code ({@code CQ-P-{district or zone code}-{nn}}), its name,
 * the district or functional zone it lies in, and its level (docs/DEPARTMENT-FILES.md, parks.csv).
 */
public record Park(String code, String nameZh, String regionCode, ParkLevel level) {

    public Park {
        Objects.requireNonNull(code, "park code");
        Objects.requireNonNull(nameZh, "park name");
        Objects.requireNonNull(regionCode, "park region");
        Objects.requireNonNull(level, "park level");
        if (code.isBlank()) {
            throw new IllegalArgumentException("park code is blank");
        }
        if (nameZh.isBlank()) {
            throw new IllegalArgumentException("park " + code + " has no name");
        }
        if (regionCode.isBlank()) {
            throw new IllegalArgumentException("park " + code + " names no district or zone");
        }
    }
}
