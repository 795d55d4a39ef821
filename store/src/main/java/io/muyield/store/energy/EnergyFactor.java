package io.muyield.store.energy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of energy_factors.csv (grid emission factors, fuel defaults, standard-coal coefficients) with its source
 * and confidence. {@code value} is the text as published (some rows give ranges such as 0.2857-0.4286);
 * {@code number} is its value when it is a single number. Never hard-code these (DOMAIN.md §10b).
 */
public record EnergyFactor(int id, String category, String itemZh, String itemEn, String parameter, String value,
                           Optional<BigDecimal> number, String unit, String versionOrYear, String region, String source,
                           String confidence, String note) {

    public EnergyFactor {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(itemZh, "item");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(number, "number");
    }
}
