package io.muyield.core.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the region hierarchy. Districts and counties carry their GB/T 2260 code; functional zones, groups
 * and parks carry our own stable codes (e.g. CQ-LJXQ), since the national list lacks them (DOMAIN.md §2).
 * A functional zone lists the districts it overlaps.
 */
public record Region(String code, String nameZh, String nameEn, RegionKind kind, Optional<String> parentCode,
                     boolean nationalCode, List<String> overlapsDistricts) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "name");
        Objects.requireNonNull(nameEn, "English name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentCode, "parent");
        overlapsDistricts = List.copyOf(overlapsDistricts);
        if (code.isBlank()) {
            throw new IllegalArgumentException("region code is blank");
        }
        if (nationalCode && !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("GB/T 2260 code must have six digits: " + code);
        }
    }
}
