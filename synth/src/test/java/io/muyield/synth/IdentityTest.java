package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityTest {

    private static List<Enterprise> firms;

    @BeforeAll
    static void city() {
        firms = new CityGenerator(GeneratedCity.spec(20_000, 11, 0).withYears(2023, 2023))
                .enterprises().map(SyntheticEnterprise::enterprise).toList();
    }

    @Test
    void creditCodesAreValidAndCarryTheDistrict() {
        Map<String, List<String>> zoneHosts = Map.of("CQ-LJXQ", List.of("500105", "500112", "500109"),
                "CQ-GXQ", List.of("500106", "500107", "500109", "500116", "500120"), "CQ-WSJKQ", List.of("500110"));
        for (Enterprise e : firms) {
            CreditCode code = e.creditCode();
            assertThat(CreditCode.problemWith(code.value())).as(code.value()).isEmpty();
            assertThat(code.organisationCodeValid()).as(code.value()).isTrue();
            assertThat(code.divisionCode()).isEqualTo(e.districtCode());
            assertThat(e.districtCode()).matches("5001\\d\\d|5002\\d\\d");
            e.zoneCode().ifPresent(z -> assertThat(zoneHosts.get(z)).contains(e.districtCode()));
        }
    }

    @Test
    void codesAndNamesAreUnique() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Enterprise e : firms) {
            assertThat(codes.add(e.creditCode().value())).as(e.creditCode().value()).isTrue();
            assertThat(names.add(e.name())).as(e.name()).isTrue();
        }
    }

    @Test
    void namesLookLikeChongqingCompanies() {
        for (Enterprise e : firms) {
            assertThat(e.name()).matches("重庆.{3,30}(有限公司|有限责任公司|股份有限公司)");
        }
        assertThat(firms.stream().filter(e -> e.name().startsWith("重庆市" + "渝北区"))).isNotEmpty();
    }

    @Test
    void tradeNamesComeFromALargePoolAndVaryInSmallCitiesToo() {
        CityGenerator tiny = new CityGenerator(GeneratedCity.spec(40, 5, 0));
        assertThat(new IdentityMaker(new FirmFactory(tiny.spec(), new IndustryTable(), new DistrictTable(),
                new ParkRoster(new DistrictTable()), tiny.calibration())).poolSize()).isGreaterThan(120);
        Set<Character> thirdChars = new HashSet<>();
        tiny.enterprises().forEach(e -> thirdChars.add(e.enterprise().name().replace("重庆市", "重庆").charAt(2)));
        assertThat(thirdChars).hasSizeGreaterThan(15);
    }

    @Test
    void tradeNamesStayUniqueBeyondTwoCharacters() {
        CityGenerator big = new CityGenerator(GeneratedCity.spec(60_000, 5, 0).withYears(2024, 2024));
        Set<String> names = new HashSet<>();
        big.enterprises().forEach(e -> assertThat(names.add(e.enterprise().name())).as(e.enterprise().name()).isTrue());
    }
}
