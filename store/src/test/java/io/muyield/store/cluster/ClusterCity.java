package io.muyield.store.cluster;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;
import io.muyield.store.TestDatabase;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;

import java.util.List;

import static io.muyield.core.fact.FactField.LAND_OWNED;
import static io.muyield.core.fact.FactField.OUTPUT;
import static io.muyield.core.fact.FactField.REVENUE;
import static io.muyield.core.fact.FactField.TAX;
import static io.muyield.core.fact.FactField.VALUE_ADDED;
import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;

/**
 * Five enterprises over 2021–2023 whose cluster figures are worked out by hand in the tests:
 * K1 autos 3612 (C01), 渝北 500112, 规上, output 1000 → 1100 → 1210 (+10 % a year), 2023 tax 50 on 10 mu.
 * K2 display 3974 (C02 electronics and C07 新型显示), 九龙坡 500107, 规上, output 400 (2022) → 500 (2023), 2023 revenue
 * 600, tax 20, VA 100 on 5 mu. K3 display 3974, 渝北, 规下, 2023 output 100, land 0. K4 software 6513 (C06), 渝中 500103,
 * 规上, revenue 200 → 300, 2023 tax 6 on 2 mu. K5 food 1311 (C05), 渝北, 规上, 2023 output 50.
 */
public final class ClusterCity {

    public static final CreditCode K1 = code("500112", 11);
    public static final CreditCode K2 = code("500107", 12);
    public static final CreditCode K3 = code("500112", 13);
    public static final CreditCode K4 = code("500103", 14);
    public static final CreditCode K5 = code("500112", 15);
    public static final String PARK = "CQ-P-500112-01";

    private ClusterCity() {
    }

    public static List<Enterprise> enterprises() {
        return List.of(
                enterprise(K1, "重庆甲汽车有限公司", "500112", "CQ-LJXQ", PARK, "3612"),
                enterprise(K2, "重庆乙显示有限公司", "500107", null, null, "3974"),
                enterprise(K3, "重庆丙显示有限公司", "500112", null, PARK, "3974"),
                enterprise(K4, "重庆丁软件有限公司", "500103", null, null, "6513"),
                enterprise(K5, "重庆戊食品有限公司", "500112", null, null, "1311"));
    }

    public static List<YearlyFacts> records() {
        return List.of(
                facts(K1, 2021, true, OUTPUT, "1000"),
                facts(K1, 2022, true, OUTPUT, "1100"),
                facts(K1, 2023, true, OUTPUT, "1210", TAX, "50", LAND_OWNED, "10"),
                facts(K2, 2022, true, OUTPUT, "400"),
                facts(K2, 2023, true, OUTPUT, "500", REVENUE, "600", TAX, "20", VALUE_ADDED, "100", LAND_OWNED, "5"),
                facts(K3, 2023, false, OUTPUT, "100", TAX, "1", LAND_OWNED, "0"),
                facts(K4, 2022, true, REVENUE, "200"),
                facts(K4, 2023, true, REVENUE, "300", TAX, "6", LAND_OWNED, "2"),
                facts(K5, 2023, true, OUTPUT, "50"));
    }

    public static void write(TestDatabase target) {
        target.clearFacts();
        ReferenceData.loadParks(target.database(), List.of(new Park(PARK, "空港工业园区", "500112", ParkLevel.MUNICIPAL)));
        new FactBatchWriter(target.database()).write(BatchDescription.of("demo", "cluster test"), enterprises(), records());
    }
}
