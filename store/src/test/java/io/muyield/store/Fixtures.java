package io.muyield.store;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Valid credit codes, enterprises and yearly facts for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A valid GB 32100 code registered in the district, numbered n. */
    public static CreditCode code(String district, int n) {
        String first17 = "91" + district + String.format("%09d", n);
        return new CreditCode(first17 + CreditCode.checkDigit(first17));
    }

    public static Enterprise enterprise(CreditCode code, String name, String district, String zone, String park, String industry) {
        return new Enterprise(code, name, district, Optional.ofNullable(zone), Optional.ofNullable(park), IndustryCode.parse(industry),
                LocalDate.of(2010, 5, 17), EnterpriseStatus.ACTIVE);
    }

    /** Facts from pairs: field, value, field, value … (values as decimal strings). */
    public static YearlyFacts facts(CreditCode code, int year, boolean aboveScale, Object... fieldValuePairs) {
        Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            values.put((FactField) fieldValuePairs[i], new FactValue(new BigDecimal(fieldValuePairs[i + 1].toString()), 0));
        }
        return new YearlyFacts(code, year, aboveScale, values);
    }
}
