package io.muyield.store;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;

import java.util.List;

import static io.muyield.core.fact.FactField.LAND_LEASED;
import static io.muyield.core.fact.FactField.LAND_OWNED;
import static io.muyield.core.fact.FactField.OUTPUT;
import static io.muyield.core.fact.FactField.TAX;
import static io.muyield.core.fact.FactField.VALUE_ADDED;
import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;

/**
 * Eight enterprises with hand-computable figures (see CitySummaryTest for the arithmetic).
 * 2023 records: E1–E6 and E8; E7 has only 2022; E1 has 2022 too.
 */
public final class SmallCity {

    public static final CreditCode E1 = code("500112", 1);
    public static final CreditCode E2 = code("500112", 2);
    public static final CreditCode E3 = code("500113", 3);
    public static final CreditCode E4 = code("500110", 4);
    public static final CreditCode E5 = code("500231", 5);
    public static final CreditCode E6 = code("500112", 6);
    public static final CreditCode E7 = code("500101", 7);
    public static final CreditCode E8 = code("500103", 8);
    public static final String PARK = "CQ-P-500112-01";

    private SmallCity() {
    }

    public static List<Enterprise> enterprises() {
        return List.of(
                enterprise(E1, "重庆甲汽车有限公司", "500112", "CQ-LJXQ", PARK, "3611"),
                enterprise(E2, "重庆乙显示科技有限公司", "500112", null, null, "3974"),
                enterprise(E3, "重庆丙食品有限公司", "500113", null, null, "1311"),
                enterprise(E4, "重庆丁储能有限公司", "500110", "CQ-WSJKQ", null, "3849"),
                enterprise(E5, "垫江戊供电有限公司", "500231", null, null, "4411"),
                enterprise(E6, "重庆己机械有限公司", "500112", null, PARK, "3411"),
                enterprise(E7, "万州庚食品有限公司", "500101", null, null, "1311"),
                enterprise(E8, "重庆100%_软件有限公司", "500103", null, null, "6513"));
    }

    public static List<YearlyFacts> records() {
        return List.of(
                facts(E1, 2022, true, TAX, "200", LAND_OWNED, "20"),
                facts(E1, 2023, true, TAX, "240", VALUE_ADDED, "3000", OUTPUT, "8000", LAND_OWNED, "20"),
                facts(E2, 2023, true, TAX, "100", VALUE_ADDED, "1000", OUTPUT, "5000", LAND_OWNED, "10", LAND_LEASED, "10"),
                facts(E3, 2023, true, TAX, "30", OUTPUT, "900", LAND_OWNED, "0"),
                facts(E4, 2023, false, TAX, "5", LAND_OWNED, "3"),
                facts(E5, 2023, true, TAX, "50", LAND_OWNED, "10"),
                facts(E6, 2023, true, VALUE_ADDED, "200", OUTPUT, "600", LAND_LEASED, "10"),
                facts(E7, 2022, true, TAX, "10", LAND_OWNED, "5"),
                facts(E8, 2023, false));
    }

    /** Writes the park and the eight enterprises into an emptied database. */
    public static long write(TestDatabase target) {
        target.clearFacts();
        Database db = target.database();
        ReferenceData.loadParks(db, List.of(new Park(PARK, "空港工业园区", "500112", ParkLevel.MUNICIPAL)));
        return new FactBatchWriter(db).write(BatchDescription.of("demo", "test"), enterprises(), records()).batchId();
    }
}
