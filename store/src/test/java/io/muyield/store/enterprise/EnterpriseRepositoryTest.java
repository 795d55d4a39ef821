package io.muyield.store.enterprise;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.BothDatabases;
import io.muyield.store.SmallCity;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.util.List;

import static io.muyield.store.SmallCity.E1;
import static io.muyield.store.SmallCity.E2;
import static io.muyield.store.SmallCity.E3;
import static io.muyield.store.SmallCity.E4;
import static io.muyield.store.SmallCity.E5;
import static io.muyield.store.SmallCity.E6;
import static io.muyield.store.SmallCity.E7;
import static io.muyield.store.SmallCity.E8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class EnterpriseRepositoryTest {

    @Parameter
    TestDatabase target;

    private EnterpriseRepository repository;
    private long batch;

    @BeforeEach
    void city() {
        batch = SmallCity.write(target);
        repository = new EnterpriseRepository(target.database());
    }

    @Test
    void pagesInCreditCodeOrderWithTheTotal() {
        List<CreditCode> all = List.of(E1, E2, E3, E4, E5, E6, E7, E8).stream().sorted().toList();
        EnterprisePage first = repository.page(EnterpriseQuery.all(), 0, 3);
        assertThat(first.total()).isEqualTo(8);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(codes(first)).containsExactlyElementsOf(all.subList(0, 3));
        EnterprisePage last = repository.page(EnterpriseQuery.all(), 2, 3);
        assertThat(codes(last)).containsExactlyElementsOf(all.subList(6, 8));
        assertThat(last.hasNext()).isFalse();
        assertThat(repository.page(EnterpriseQuery.all(), 5, 3).items()).isEmpty();
        assertThatThrownBy(() -> repository.page(EnterpriseQuery.all(), -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> repository.page(EnterpriseQuery.all(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDistrictFilterMatchesTheAdministrativeDistrictOrTheZone() {
        assertThat(codes(EnterpriseQuery.all().withDistrict("500112"))).containsExactlyInAnyOrder(E1, E2, E6);
        assertThat(codes(EnterpriseQuery.all().withDistrict("CQ-LJXQ"))).containsExactly(E1);
        assertThat(codes(EnterpriseQuery.all().withDistrict("500110"))).containsExactly(E4);
        assertThat(codes(EnterpriseQuery.all().withDistrict("CQ-WSJKQ"))).containsExactly(E4);
        assertThat(codes(EnterpriseQuery.all().withDistrict("CQ-GXQ"))).isEmpty();
        assertThat(codes(EnterpriseQuery.all().withDistrict("  "))).hasSize(8);
    }

    @Test
    void parkIndustryScaleAndYearFilters() {
        assertThat(codes(EnterpriseQuery.all().withPark(SmallCity.PARK))).containsExactlyInAnyOrder(E1, E6);
        assertThat(codes(EnterpriseQuery.all().withIndustryPrefix("39"))).containsExactly(E2);
        assertThat(codes(EnterpriseQuery.all().withIndustryPrefix("C"))).containsExactlyInAnyOrder(E1, E2, E3, E4, E6, E7);
        assertThat(codes(EnterpriseQuery.all().withIndustryPrefix("i"))).containsExactly(E8);
        assertThat(codes(EnterpriseQuery.all().withIndustryPrefix("1311"))).containsExactlyInAnyOrder(E3, E7);
        assertThat(codes(EnterpriseQuery.all().withAboveScale(true).withYear(2023))).containsExactlyInAnyOrder(E1, E2, E3, E5, E6);
        assertThat(codes(EnterpriseQuery.all().withAboveScale(false).withYear(2023))).containsExactlyInAnyOrder(E4, E8);
        assertThat(codes(EnterpriseQuery.all().withAboveScale(true))).containsExactlyInAnyOrder(E1, E2, E3, E5, E6, E7);
        assertThat(codes(EnterpriseQuery.all().withYear(2022))).containsExactlyInAnyOrder(E1, E7);
        assertThat(codes(EnterpriseQuery.all().withDistrict("500112").withAboveScale(true).withYear(2023).withIndustryPrefix("C")))
                .containsExactlyInAnyOrder(E1, E2, E6);
        assertThatThrownBy(() -> EnterpriseQuery.all().withIndustryPrefix("3' OR '1'='1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textSearchMatchesNamesLiterallyAndCodePrefixes() {
        assertThat(codes(EnterpriseQuery.all().withText("食品"))).containsExactlyInAnyOrder(E3, E7);
        assertThat(codes(EnterpriseQuery.all().withText(E1.value().substring(0, 12).toLowerCase()))).contains(E1).doesNotContain(E3);
        assertThat(codes(EnterpriseQuery.all().withText("%"))).containsExactly(E8);
        assertThat(codes(EnterpriseQuery.all().withText("100%_"))).containsExactly(E8);
        assertThat(codes(EnterpriseQuery.all().withText("0%"))).containsExactly(E8);
        assertThat(codes(EnterpriseQuery.all().withText("_"))).containsExactly(E8);
        assertThat(codes(EnterpriseQuery.all().withText("' OR 1=1 --"))).isEmpty();
        assertThat(codes(EnterpriseQuery.all().withText("!"))).isEmpty();
    }

    @Test
    void findsOneEnterpriseAndItsYearsWithTheirBatch() {
        Enterprise e1 = repository.find(E1).orElseThrow();
        assertThat(e1).isEqualTo(SmallCity.enterprises().get(0));
        List<YearlyFacts> years = repository.yearlyFacts(E1);
        assertThat(years).extracting(YearlyFacts::year).containsExactly(2022, 2023);
        assertThat(years.get(1).get(FactField.OUTPUT)).contains(new BigDecimal("8000"));
        assertThat(years.get(1).values().get(FactField.OUTPUT).batchId()).isEqualTo(batch);
        assertThat(repository.yearlyFacts(E8)).singleElement().satisfies(y -> assertThat(y.values()).isEmpty());
        assertThat(repository.find(new CreditCode("91500000MA5U7XXX0D".substring(0, 17) + CreditCode.checkDigit("91500000MA5U7XXX0")))).isEmpty();
    }

    @Test
    void aScopeIsAndedIntoEveryQuery() {
        Condition yubei = Condition.in(Column.DISTRICT_CODE, List.of("500112"));
        assertThat(repository.page(EnterpriseQuery.all(), yubei, 0, 10).total()).isEqualTo(3);
        assertThat(repository.page(EnterpriseQuery.all().withText("食品"), yubei, 0, 10).items()).isEmpty();
        assertThat(repository.find(E1, yubei)).isPresent();
        assertThat(repository.find(E3, yubei)).isEmpty();
        assertThat(repository.yearlyFacts(E3, yubei)).isEmpty();
        assertThat(repository.yearlyFacts(E1, yubei)).hasSize(2);
        assertThat(repository.count(Condition.none())).isZero();
        assertThat(repository.count(Condition.all())).isEqualTo(8);
    }

    private List<CreditCode> codes(EnterpriseQuery query) {
        return codes(repository.page(query, 0, 100));
    }

    private static List<CreditCode> codes(EnterprisePage page) {
        return page.items().stream().map(Enterprise::creditCode).toList();
    }
}
