package io.muyield.app;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.Database;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made city of four enterprises in 2023 whose summary is computed by hand in the tests:
 * 规上 manufacturing with land: A (tax 300, VA 2000, output 9000, 20 mu) and B (100, 600, 3000, 10 + 5 leased mu);
 * D is 规上 manufacturing without land (left out of per-mu figures); C is 规下.
 */
public final class TestCity {

    public static final CreditCode A = code("500112", "1000001");
    public static final CreditCode B = code("500107", "1000002");
    public static final CreditCode C = code("500112", "1000003");
    public static final CreditCode D = code("500112", "1000004");

    private TestCity() {
    }

    /** A valid credit code: 91 (enterprise), the division, an organisation code with its own check digit, the GB 32100 check. */
    public static CreditCode code(String division, String sevenDigits) {
        String org8 = "M" + sevenDigits;
        String first17 = "91" + division + org8 + CreditCode.organisationCheckDigit(org8);
        return new CreditCode(first17 + CreditCode.checkDigit(first17));
    }

    /** Loads the city unless the database holds it already (the web tests share one application context). */
    public static synchronized void loadOnce(Database database) {
        Integer present = database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, A.value());
        if (present == null || present == 0) {
            load(database);
        }
    }

    private static void load(Database database) {
        List<Enterprise> enterprises = List.of(
                enterprise(A, "重庆长鑫汽车零部件有限公司", "500112", Optional.of("CQ-LJXQ"), "3612"),
                enterprise(B, "重庆九龙显示科技有限公司", "500107", Optional.empty(), "3974"),
                enterprise(C, "重庆渝北米业有限公司", "500112", Optional.empty(), "1311"),
                enterprise(D, "重庆渝北车桥有限公司", "500112", Optional.empty(), "3612"));
        List<YearlyFacts> facts = List.of(
                facts(A, true, Map.of(FactField.TAX, "300", FactField.VALUE_ADDED, "2000", FactField.OUTPUT, "9000", FactField.LAND_OWNED, "20")),
                facts(B, true, Map.of(FactField.TAX, "100", FactField.VALUE_ADDED, "600", FactField.OUTPUT, "3000",
                        FactField.LAND_OWNED, "10", FactField.LAND_LEASED, "5")),
                facts(C, false, Map.of(FactField.TAX, "5", FactField.LAND_OWNED, "3")),
                facts(D, true, Map.of(FactField.TAX, "50", FactField.VALUE_ADDED, "200", FactField.OUTPUT, "800")));
        new FactBatchWriter(database).write(BatchDescription.of("test", "TestCity").withYear(2023), enterprises, facts);
    }

    private static Enterprise enterprise(CreditCode code, String name, String district, Optional<String> zone, String industry) {
        return new Enterprise(code, name, district, zone, Optional.empty(), IndustryCode.parse(industry), LocalDate.of(2015, 3, 1),
                EnterpriseStatus.ACTIVE);
    }

    private static YearlyFacts facts(CreditCode code, boolean aboveScale, Map<FactField, String> values) {
        EnumMap<FactField, FactValue> m = new EnumMap<>(FactField.class);
        values.forEach((f, v) -> m.put(f, new FactValue(new BigDecimal(v), 0)));
        return new YearlyFacts(code, 2023, aboveScale, m);
    }
}
