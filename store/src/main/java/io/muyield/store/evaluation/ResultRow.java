package io.muyield.store.evaluation;

import io.muyield.core.evaluation.run.UnitStatus;

/** One enterprise's line in a run's results list and exports (NaN where it has no score; ranks 0 when not ranked). */
public record ResultRow(String creditCode, String name, String districtCode, String parkCode, String industryCode, String categoryId,
                        String categoryName, UnitStatus status, double aggregate, double bonus, double deduction, double total,
                        String classLabel, String className, int rankCity, int rankCityOf, int rankDistrict, int rankDistrictOf,
                        int rankIndustry, int rankIndustryOf) {

    public boolean classified() {
        return !classLabel.isEmpty();
    }
}
