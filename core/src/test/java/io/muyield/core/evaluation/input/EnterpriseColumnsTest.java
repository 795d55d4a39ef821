package io.muyield.core.evaluation.input;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The app's path: core Enterprise + YearlyFacts + standing → EvaluationInput → run. */
class EnterpriseColumnsTest {

    static CreditCode code(String first17) {
        return new CreditCode(first17 + CreditCode.checkDigit(first17));
    }

    static Enterprise enterprise(CreditCode c, String industry, LocalDate founded) {
        return new Enterprise(c, "企业" + c.value().substring(10), "500112", Optional.empty(), Optional.empty(), IndustryCode.parse(industry), founded, EnterpriseStatus.ACTIVE);
    }

    static YearlyFacts facts(CreditCode c, boolean aboveScale, Map<FactField, String> values) {
        Map<FactField, FactValue> m = new EnumMap<>(FactField.class);
        values.forEach((f, v) -> m.put(f, new FactValue(new BigDecimal(v), 1)));
        return new YearlyFacts(c, 2022, aboveScale, m);
    }

    @Test
    void buildsColumnsAndDerivedAttributesFromTheCoreModel() {
        CreditCode a = code("91500112MA5U00001");
        CreditCode tenant = code("91500112MA5U00002");
        CreditCode utility = code("91500112MA5U00003");
        List<Enterprise> es = List.of(enterprise(a, "3670", LocalDate.of(2010, 5, 1)), enterprise(tenant, "3911", LocalDate.of(2021, 3, 1)),
                enterprise(utility, "4411", LocalDate.of(2000, 1, 1)));
        List<YearlyFacts> fs = List.of(
                facts(a, true, Map.of(FactField.TAX, "300", FactField.LAND_OWNED, "8", FactField.LAND_LEASED, "2", FactField.VALUE_ADDED, "1500",
                        FactField.ENERGY, "750", FactField.COD, "0.3", FactField.SO2, "0.2", FactField.EMPLOYEES, "60", FactField.REVENUE, "10000",
                        FactField.RD_SPENDING, "350")),
                facts(tenant, false, Map.of(FactField.TAX, "5", FactField.LAND_LEASED, "1")),
                facts(utility, true, Map.of(FactField.TAX, "50", FactField.LAND_OWNED, "30")));
        EvaluationInput in = EnterpriseColumns.input(2022, es, fs,
                Map.of(tenant, new EnterpriseStanding(Set.of(), Map.of(), Optional.of(a)), a, new EnterpriseStanding(Set.of("high_tech"), Map.of(), Optional.empty())));
        int row = in.indexOf(a.value());
        assertThat(in.value("land", row)).isEqualTo(10);
        assertThat(in.value("age_years", row)).isEqualTo(12);
        assertThat(in.value("industry_division", row)).isEqualTo(36);
        assertThat(in.value("above_scale", row)).isEqualTo(1);
        assertThat(in.value("tenant", in.indexOf(tenant.value()))).isEqualTo(1);
        assertThat(in.landlord(in.indexOf(tenant.value()))).isEqualTo(row);

        EvaluationRun run = EvaluationEngine.run(SchemePresets.load(SchemePresets.HUANGYAN_2022), in);
        UnitResult r = run.results().unit(a.value()).orElseThrow();
        // the DOMAIN.md worked example on land 10 (8 own + 2 leased): 105.686
        assertThat(r.total()).isCloseTo(105.686, within(0.0005));
        assertThat(run.inputSha256()).isEqualTo(in.snapshotSha256()).hasSize(64);

        EvaluationRun cq = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), in);
        assertThat(cq.results().unit(utility.value()).orElseThrow().status()).isEqualTo(UnitStatus.EXEMPT);
        UnitResult t = cq.results().unit(tenant.value()).orElseThrow();
        assertThat(t.categoryId()).isEqualTo("tenant");
        assertThat(t.exemptionId()).isEqualTo("young");
    }

    @Test
    void factsOfAnUnregisteredEnterpriseAreRefused() {
        CreditCode a = code("91500112MA5U00001");
        assertThatThrownBy(() -> EnterpriseColumns.input(2022, List.of(), List.of(facts(a, true, Map.of())), Map.of()))
                .hasMessageContaining("no such enterprise");
    }
}
