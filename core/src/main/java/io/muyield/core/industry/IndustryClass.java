package io.muyield.core.industry;

import java.util.Objects;
import java.util.Optional;

/** One row of the GB/T 4754-2017 catalogue. */
public record IndustryClass(IndustryCode code, String nameZh, Optional<String> nameEn, Optional<IndustryCode> parent, char section) {

    public IndustryClass {
        Objects.requireNonNull(code);
        Objects.requireNonNull(nameZh);
        Objects.requireNonNull(nameEn);
        Objects.requireNonNull(parent);
        if (nameZh.isBlank()) {
            throw new IllegalArgumentException("industry " + code + " has no Chinese name");
        }
    }

    public IndustryLevel level() {
        return code.level();
    }
}
