package io.muyield.core.enterprise;

import io.muyield.core.industry.IndustryCode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An enterprise as registered: its administrative district (GB/T 2260), optionally the functional zone and
 * park it sits in (an enterprise carries both, DOMAIN.md §2), its main 小类 industry and founding date.
 */
public record Enterprise(CreditCode creditCode, String name, String districtCode, Optional<String> zoneCode,
                         Optional<String> parkCode, IndustryCode industry, LocalDate founded, EnterpriseStatus status) {

    public Enterprise {
        Objects.requireNonNull(creditCode, "credit code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(districtCode, "district");
        Objects.requireNonNull(zoneCode, "zone");
        Objects.requireNonNull(parkCode, "park");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(founded, "founded");
        Objects.requireNonNull(status, "status");
        if (name.isBlank()) {
            throw new IllegalArgumentException("enterprise " + creditCode + " has no name");
        }
    }
}
