package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.Unit;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.LeaseRecord;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.record.PowerAccountRecord;
import io.muyield.ingest.record.RegistrationRecord;
import io.muyield.ingest.record.SourceRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-computed example. A owns parcels of 10,000 m² (15 亩) and 6,000 m² (9 亩) and leases 4,000 m² (6 亩) to B:
 * A's own land is 24 − 6 = 18 亩, B's leased land 6 亩 with A recorded as landlord. B has two power accounts,
 * 12,000 kWh (annual) and 12 × 500 kWh (monthly only) = 18,000 kWh. A's revenue is 50,000 千元 = 5,000 万元 from
 * statistics and 5,100 万元 from tax: statistics wins, the difference is a conflict. C's tax of 900,000 "万元" against
 * revenue 100 万元 is a 元/万元 mix-up. D appears only at the power company.
 */
class FactFusionTest {

    static final CreditCode A = new CreditCode("9150011210000001XW");
    static final CreditCode B = new CreditCode("9150011210000002XX");
    static final CreditCode C = new CreditCode("9150010510000003XT");
    static final CreditCode D = new CreditCode("9150010610000004XA");

    static Origin origin(long batch, String file) {
        return new Origin(batch, file, "", 2);
    }

    static RegistrationRecord registered(CreditCode code, String district) {
        return new RegistrationRecord(new Enterprise(code, "企业" + code.value().substring(14), district, Optional.empty(), Optional.empty(),
                new IndustryCode("3484"), LocalDate.of(2010, 1, 1), EnterpriseStatus.ACTIVE), "", origin(1, "registration_2023.csv"));
    }

    static FactRecord facts(Source source, CreditCode code, long batch, Map<FactField, Quantity> f) {
        return new FactRecord(source, code, "", f, Map.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), origin(batch, source.key()));
    }

    static List<SourceRecord> example() {
        List<SourceRecord> r = new ArrayList<>();
        r.add(registered(A, "500112"));
        r.add(registered(B, "500112"));
        r.add(registered(C, "500105"));
        r.add(facts(Source.TAX, A, 2, Map.of(FactField.TAX, Quantity.of("1250000", Unit.YUAN), FactField.REVENUE, Quantity.of("5100", Unit.WAN_YUAN))));
        r.add(facts(Source.TAX, C, 2, Map.of(FactField.TAX, Quantity.of("900000", Unit.WAN_YUAN))));
        r.add(facts(Source.STATISTICS, A, 3, Map.of(FactField.REVENUE, Quantity.of("50000", Unit.THOUSAND_YUAN),
                FactField.OUTPUT, Quantity.of("60000", Unit.THOUSAND_YUAN), FactField.VALUE_ADDED, Quantity.of("15000", Unit.THOUSAND_YUAN))));
        r.add(facts(Source.STATISTICS, C, 3, Map.of(FactField.REVENUE, Quantity.of("1000", Unit.THOUSAND_YUAN))));
        r.add(new ParcelRecord("ZD-1", A, "", "", "工业用地", Quantity.of("10000", Unit.SQUARE_METRE), origin(4, "land_parcels")));
        r.add(new ParcelRecord("ZD-2", A, "", "", "工业用地", Quantity.of("6000", Unit.SQUARE_METRE), origin(4, "land_parcels")));
        r.add(new LeaseRecord(A, B, "乙", Quantity.of("4000", Unit.SQUARE_METRE), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.empty(), origin(5, "land_leases")));
        r.add(new PowerAccountRecord("5001", "", B, Optional.of(Quantity.of("12000", Unit.KWH)), Map.of(), origin(6, "power")));
        Map<Integer, Quantity> months = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(m, Quantity.of("500", Unit.KWH));
        }
        r.add(new PowerAccountRecord("5002", "", B, Optional.empty(), months, origin(6, "power")));
        r.add(new PowerAccountRecord("5003", "", A, Optional.of(Quantity.of("1.5", Unit.WAN_KWH)), Map.of(), origin(6, "power")));
        r.add(new PowerAccountRecord("5004", "", D, Optional.of(Quantity.of("100", Unit.KWH)), Map.of(), origin(6, "power")));
        return r;
    }

    @Test
    void fusesTheHandComputedExample() {
        FusionResult result = new FactFusion().fuse(2023, example());
        assertThat(result.enterprises()).extracting(Enterprise::creditCode).containsExactly(C, A, B);
        YearlyFacts a = result.factsOf(A).orElseThrow();
        YearlyFacts b = result.factsOf(B).orElseThrow();
        assertThat(a.get(FactField.LAND_OWNED)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18"));
        assertThat(a.get(FactField.LAND_LEASED)).isEmpty();
        assertThat(b.get(FactField.LAND_LEASED)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
        assertThat(b.get(FactField.LAND_OWNED)).isEmpty();
        assertThat(b.landUsedMu()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
        assertThat(b.get(FactField.ELECTRICITY)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18000"));
        assertThat(a.get(FactField.ELECTRICITY)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
        assertThat(a.get(FactField.TAX)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("125"));
        assertThat(a.get(FactField.REVENUE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5000"));
        assertThat(a.get(FactField.VALUE_ADDED)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500"));
        assertThat(a.aboveScale()).isTrue();
        assertThat(b.aboveScale()).isFalse();

        // every figure remembers its batch
        assertThat(a.values().get(FactField.TAX)).extracting(FactValue::batchId).isEqualTo(2L);
        assertThat(a.values().get(FactField.REVENUE)).extracting(FactValue::batchId).isEqualTo(3L);
        assertThat(a.values().get(FactField.LAND_OWNED)).extracting(FactValue::batchId).isEqualTo(5L);
        assertThat(b.values().get(FactField.ELECTRICITY)).extracting(FactValue::batchId).isEqualTo(6L);

        assertThat(result.leases()).singleElement().satisfies(l -> {
            assertThat(l.landlord()).isEqualTo(A);
            assertThat(l.tenant()).isEqualTo(B);
            assertThat(l.areaMu()).isEqualByComparingTo("6");
            assertThat(l.batchId()).isEqualTo(5);
        });
    }

    @Test
    void conflictsAndSuspicionsAreReported() {
        QualityReport q = new FactFusion().fuse(2023, example()).quality();
        assertThat(q.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.enterprise()).isEqualTo(A);
            assertThat(c.field()).isEqualTo(FactField.REVENUE);
            assertThat(c.keptSource()).isEqualTo(Source.STATISTICS);
            assertThat(c.otherSource()).isEqualTo(Source.TAX);
            assertThat(c.otherValue()).isEqualByComparingTo("5100");
            assertThat(c.unitMixup()).isFalse();
        });
        assertThat(q.suspicions()).anySatisfy(s -> {
            assertThat(s.enterprise()).isEqualTo(C);
            assertThat(s.kind()).isEqualTo(Suspicion.Kind.TAX_ABOVE_REVENUE);
            assertThat(s.message().zh()).contains("疑为以元填报");
        });
        assertThat(q.suspicions()).anySatisfy(s -> {
            assertThat(s.enterprise()).isEqualTo(D);
            assertThat(s.kind()).isEqualTo(Suspicion.Kind.NOT_REGISTERED);
        });
        MatchRate power = q.matchRates().stream().filter(m -> m.source() == Source.POWER).findFirst().orElseThrow();
        assertThat(power.enterprises()).isEqualTo(3);
        assertThat(power.matched()).isEqualTo(2);
        assertThat(power.unmatchedSample()).containsExactly(D);
        Coverage tax = q.coverage().stream().filter(c -> c.source() == Source.TAX && c.district().equals("*")).findFirst().orElseThrow();
        assertThat(tax.registered()).isEqualTo(3);
        assertThat(tax.covered()).isEqualTo(2);
        assertThat(tax.rate()).isEqualByComparingTo("0.6667");
        Coverage landYubei = q.coverage().stream().filter(c -> c.source() == Source.LAND && c.district().equals("500112")).findFirst().orElseThrow();
        assertThat(landYubei.covered()).isEqualTo(2);
    }

    @Test
    void sameFieldFromTwoBatchesOfOneSourceKeepsTheLater() {
        List<SourceRecord> r = new ArrayList<>(List.of(registered(A, "500112")));
        r.add(facts(Source.TAX, A, 2, Map.of(FactField.TAX, Quantity.of("100", Unit.WAN_YUAN))));
        r.add(facts(Source.TAX, A, 9, Map.of(FactField.TAX, Quantity.of("120", Unit.WAN_YUAN))));
        FusionResult f = new FactFusion().fuse(2023, r);
        assertThat(f.factsOf(A).orElseThrow().values().get(FactField.TAX)).isEqualTo(new FactValue(new BigDecimal("120"), 9));
        assertThat(f.quality().conflicts()).singleElement().satisfies(c -> assertThat(c.otherBatch()).isEqualTo(2));
    }

    @Test
    void overLeasedLandlordKeepsZeroAndIsListed() {
        List<SourceRecord> r = new ArrayList<>(List.of(registered(A, "500112"), registered(B, "500112")));
        r.add(new ParcelRecord("ZD-1", A, "", "", "", Quantity.of("2", Unit.MU), origin(4, "p")));
        r.add(new LeaseRecord(A, B, "", Quantity.of("3", Unit.MU), Optional.empty(), Optional.empty(), origin(5, "l")));
        FusionResult f = new FactFusion().fuse(2023, r);
        assertThat(f.factsOf(A).orElseThrow().get(FactField.LAND_OWNED)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(f.quality().suspicions()).anyMatch(s -> s.kind() == Suspicion.Kind.OVER_LEASED && s.enterprise().equals(A));
    }

    @Test
    void unitMixupBetweenSourcesIsMarked() {
        List<SourceRecord> r = new ArrayList<>(List.of(registered(A, "500112")));
        r.add(facts(Source.STATISTICS, A, 3, Map.of(FactField.REVENUE, Quantity.of("5000", Unit.WAN_YUAN))));
        r.add(facts(Source.TAX, A, 2, Map.of(FactField.REVENUE, Quantity.of("50000000", Unit.WAN_YUAN))));
        assertThat(new FactFusion().fuse(2023, r).quality().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.unitMixup()).isTrue());
    }
}
