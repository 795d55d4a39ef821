package io.muyield.synth;

import io.muyield.core.region.Park;

import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The city looks like Chongqing: where firms are, what they make, how big, how they come and go. */
class StructureTest {

    private static List<SyntheticEnterprise> city;
    private static List<Park> parks;

    @BeforeAll
    static void generate() {
        CityGenerator g = new CityGenerator(GeneratedCity.spec(20_000, 21, 0));
        city = g.enterprises().toList();
        parks = g.parks();
    }

    private static double share(java.util.function.Predicate<SyntheticEnterprise> p) {
        return city.stream().filter(p).count() / (double) city.size();
    }

    @Test
    void mainCityAndWestAreHeavyTheRemoteCountiesTiny() {
        Map<String, Long> byRegion = city.stream().collect(Collectors.groupingBy(
                e -> e.enterprise().zoneCode().orElse(e.enterprise().districtCode()), Collectors.counting()));
        assertThat(byRegion.get("CQ-LJXQ")).isGreaterThan(byRegion.getOrDefault("500229", 0L) * 20);
        assertThat(byRegion.get("500112")).isGreaterThan(byRegion.get("500101"));
        assertThat(byRegion.getOrDefault("500238", 0L) / (double) city.size()).isLessThan(0.005);
        assertThat(byRegion).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void industriesAreManufacturingWithAFewUtilitiesAndSoftwareFirms() {
        double manufacturing = share(e -> e.enterprise().industry().isManufacturing());
        assertThat(manufacturing).isBetween(0.90, 0.98);
        assertThat(city.stream().filter(e -> !e.enterprise().industry().isManufacturing()
                && !List.of("44", "45", "46", "65").contains(e.enterprise().industry().value().substring(0, 2)))).isEmpty();
        assertThat(share(e -> e.enterprise().industry().value().startsWith("36"))).isGreaterThan(0.04);
        assertThat(city).anyMatch(e -> e.enterprise().industry().value().equals("3751"));
    }

    @Test
    void outputIsLargestInAutosAndElectronics() {
        Map<String, BigDecimal> byDivision = city.stream().flatMap(e -> e.factsIn(2023).stream()
                        .map(f -> Map.entry(e.enterprise().industry().value().substring(0, 2), f.get(FactField.OUTPUT).orElse(BigDecimal.ZERO))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.reducing(BigDecimal.ZERO, Map.Entry::getValue, BigDecimal::add)));
        List<String> top = byDivision.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .limit(6).map(Map.Entry::getKey).toList();
        assertThat(top).contains("36", "39");
    }

    @Test
    void aboutOneFirmInTenIsOnLeasedLandOnlyWithALandlordAmongTheOwners() {
        assertThat(share(e -> e.landlord().isPresent())).isBetween(0.07, 0.13);
        Map<String, SyntheticEnterprise> byCode = city.stream().collect(Collectors.toMap(e -> e.creditCode().value(), Function.identity()));
        for (SyntheticEnterprise e : city) {
            e.landlord().ifPresent(l -> {
                assertThat(byCode.get(l.value()).landlord()).isEmpty();
                for (YearlyFacts f : e.facts()) {
                    assertThat(f.get(FactField.LAND_OWNED)).isEmpty();
                    assertThat(f.get(FactField.LAND_LEASED)).isPresent();
                    assertThat(byCode.get(l.value()).factsIn(f.year())).as("landlord active when its tenant is").isPresent();
                }
            });
        }
    }

    @Test
    void firmsEnterAndLeaveOverTheYears() {
        assertThat(share(e -> e.enterprise().founded().getYear() >= 2019)).isBetween(0.08, 0.35);
        assertThat(share(e -> e.enterprise().status() != EnterpriseStatus.ACTIVE)).isBetween(0.03, 0.2);
        assertThat(city).anyMatch(e -> e.enterprise().status() == EnterpriseStatus.REVOKED);
        for (SyntheticEnterprise e : city) {
            assertThat(e.facts()).allMatch(f -> f.year() >= e.enterprise().founded().getYear());
            e.exitYear().ifPresent(x -> assertThat(e.facts()).allMatch(f -> f.year() < x));
        }
    }

    @Test
    void aboveScaleFirmsAreFewAndHeavyTailed() {
        List<BigDecimal> outputs = city.stream().flatMap(e -> e.factsIn(2023).stream()).filter(YearlyFacts::aboveScale)
                .map(f -> f.get(FactField.OUTPUT).orElseThrow()).sorted().toList();
        double share = outputs.size() / (double) city.stream().filter(e -> e.factsIn(2023).isPresent()).count();
        assertThat(share).isBetween(0.11, 0.19);
        BigDecimal total = outputs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal topTenth = outputs.subList(outputs.size() * 9 / 10, outputs.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(topTenth.doubleValue() / total.doubleValue()).isGreaterThan(0.5);
    }

    @Test
    void ratiosAreInPlausibleRanges() {
        List<YearlyFacts> above = city.stream().flatMap(e -> e.facts().stream()).filter(YearlyFacts::aboveScale).toList();
        long rdUnderFive = above.stream().filter(f -> ratio(f, FactField.RD_SPENDING, FactField.REVENUE) < 0.05).count();
        assertThat(rdUnderFive / (double) above.size()).isGreaterThan(0.9);
        long outputNearRevenue = above.stream().filter(f -> Math.abs(ratio(f, FactField.OUTPUT, FactField.REVENUE) - 1) < 0.15).count();
        assertThat(outputNearRevenue / (double) above.size()).isGreaterThan(0.95);
        assertThat(above.stream().filter(f -> ratio(f, FactField.VALUE_ADDED, FactField.OUTPUT) > 0.9)).isEmpty();
        assertThat(above.stream().filter(f -> f.get(FactField.ELECTRICITY).orElseThrow().doubleValue() * 0.0001229
                > f.get(FactField.ENERGY).orElseThrow().doubleValue() + 0.01)).isEmpty();
        long polluters = city.stream().filter(SyntheticEnterprise::keyPolluter).count();
        assertThat(polluters / (double) city.size()).isBetween(0.02, 0.2);
    }

    private static double ratio(YearlyFacts f, FactField a, FactField b) {
        double d = f.get(b).orElseThrow().doubleValue();
        return d == 0 ? 0 : f.get(a).orElseThrow().doubleValue() / d;
    }

    @Test
    void everyDistrictAndZoneHasTwoToFourParks() {
        Map<String, Long> perRegion = parks.stream().collect(Collectors.groupingBy(Park::regionCode, Collectors.counting()));
        assertThat(perRegion).hasSize(41);
        assertThat(perRegion.values()).allMatch(n -> n >= 2 && n <= 4);
        assertThat(parks).allMatch(p -> p.code().matches("CQ-P-(\\d{6}|CQ-[A-Z]+)-\\d\\d"));
        assertThat(parks).allMatch(p -> List.of("国家级", "市级", "区县级").contains(p.level().nameZh()));
        assertThat(parks.stream().map(Park::nameZh).distinct().count()).isEqualTo(parks.size());
        assertThat(city.stream().filter(e -> e.enterprise().parkCode().isPresent())
                .filter(e -> parks.stream().noneMatch(p -> p.code().equals(e.enterprise().parkCode().get())
                        && p.regionCode().equals(e.enterprise().zoneCode().orElse(e.enterprise().districtCode()))))).isEmpty();
    }
}
