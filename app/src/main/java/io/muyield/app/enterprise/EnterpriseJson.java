package io.muyield.app.enterprise;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the enterprise API (also the view models of the enterprise pages). */
final class EnterpriseJson {

    private EnterpriseJson() {
    }

    record Summary(String creditCode, String name, String districtCode, String zoneCode, String parkCode, String industryCode,
                   LocalDate founded, String status, String statusZh) {
        static Summary of(Enterprise e) {
            return new Summary(e.creditCode().value(), e.name(), e.districtCode(), e.zoneCode().orElse(null), e.parkCode().orElse(null),
                    e.industry().value(), e.founded(), e.status().name(), e.status().nameZh());
        }
    }

    record Page(List<Summary> items, long total, int page, int size, long pages) {
    }

    record Fact(String field, String nameZh, String nameEn, BigDecimal value, String unit, long batchId) {
        static Fact of(FactField f, FactValue v) {
            return new Fact(f.column(), f.nameZh(), f.nameEn(), v.value().stripTrailingZeros(), f.canonicalUnit().symbolZh(), v.batchId());
        }
    }

    record Year(int year, boolean aboveScale, BigDecimal landUsedMu, List<Fact> facts) {
        static Year of(YearlyFacts y) {
            List<Fact> facts = y.values().entrySet().stream().map((Map.Entry<FactField, FactValue> e) -> Fact.of(e.getKey(), e.getValue())).toList();
            return new Year(y.year(), y.aboveScale(), y.landUsedMu().map(BigDecimal::stripTrailingZeros).orElse(null), facts);
        }
    }

    record Detail(Summary enterprise, List<Year> years) {
    }
}
