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

    /**
     * A tag (TAG: high_tech, champion, listed …) or an event (EVENT: admin_penalty, major_safety_accident …) of an ACTIVE
     * list in a year, with the batch and file it came from (as the enterprise page's 资质与事件 panel shows it); date:
     * the event's date or the end of a tag's validity, if known.
     */
    record Standing(int year, String kind, String key, String detail, LocalDate date, int count, long batchId, String fileName) {
        static Standing of(io.muyield.store.batch.StoredStanding s) {
            return new Standing(s.year(), s.kind().name(), s.key(), s.detail(), s.date().orElse(null), s.count(), s.batchId(), s.fileName());
        }
    }

    record Detail(Summary enterprise, List<Year> years, List<Standing> standings) {
    }
}
