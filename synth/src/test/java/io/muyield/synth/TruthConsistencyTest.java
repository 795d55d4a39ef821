package io.muyield.synth;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The truth is what a correct import computes from the files, and what the streaming API hands out. */
class TruthConsistencyTest {

    private final Path dir = GeneratedCity.clean();

    @Test
    void truthEqualsAReferenceImportOfEveryYear() throws IOException {
        for (int y = 2019; y <= 2024; y++) {
            int year = y;
            ReferenceImport imported = ReferenceImport.of(dir, year);
            Map<String, Map<FactField, BigDecimal>> truth = truthFacts(year);
            assertThat(imported.facts.keySet()).as("enterprises in %d", year).isEqualTo(truth.keySet());
            for (var e : truth.entrySet()) {
                Map<FactField, BigDecimal> got = imported.facts.get(e.getKey());
                assertThat(got.keySet()).as(e.getKey() + " fields").isEqualTo(e.getValue().keySet());
                e.getValue().forEach((field, value) ->
                        assertThat(got.get(field)).as(e.getKey() + " " + field + " " + year).isEqualByComparingTo(value));
            }
        }
    }

    @Test
    void truthAboveScaleFlagsFollowTheStatisticsSheets() throws IOException {
        ReferenceImport imported = ReferenceImport.of(dir, 2023);
        List<String[]> rows = CsvFile.read(dir.resolve("_truth/facts_2023.csv"), StandardCharsets.UTF_8, ',');
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(Boolean.parseBoolean(r[2])).as(r[0]).isEqualTo(imported.aboveScale.getOrDefault(r[0], false));
        }
    }

    @Test
    void streamedFactsEqualTheTruthFiles() throws IOException {
        Map<String, SyntheticEnterprise> streamed = new CityGenerator(GeneratedCity.spec(GeneratedCity.SMALL, 42, 0))
                .enterprises().collect(Collectors.toMap(e -> e.creditCode().value(), e -> e));
        Map<String, Map<FactField, BigDecimal>> truth = truthFacts(2022);
        assertThat(streamed.values().stream().filter(e -> e.factsIn(2022).isPresent()).count()).isEqualTo(truth.size());
        truth.forEach((code, fields) -> {
            YearlyFacts f = streamed.get(code).factsIn(2022).orElseThrow();
            Map<FactField, BigDecimal> values = new EnumMap<>(FactField.class);
            f.values().forEach((k, v) -> values.put(k, v.value()));
            assertThat(values.keySet()).isEqualTo(fields.keySet());
            fields.forEach((k, v) -> assertThat(values.get(k)).isEqualByComparingTo(v));
        });
        List<String[]> enterprises = CsvFile.read(dir.resolve("_truth/enterprises.csv"), StandardCharsets.UTF_8, ',');
        assertThat(enterprises).hasSize(GeneratedCity.SMALL + 1);
        for (String[] r : enterprises.subList(1, enterprises.size())) {
            SyntheticEnterprise e = streamed.get(r[0]);
            assertThat(e.enterprise().name()).isEqualTo(r[1]);
            assertThat(e.enterprise().industry().value()).isEqualTo(r[5]);
            assertThat(e.enterprise().status().name()).isEqualTo(r[7]);
            assertThat(e.landlord().map(Object::toString).orElse("")).isEqualTo(r[9]);
        }
    }

    @Test
    void registrationListsEveryEnterpriseOnceAYearWithItsStatus() throws IOException {
        List<String[]> reg = CsvFile.read(dir.resolve("registration_2024.csv"), YearFiles.GBK, ',');
        Map<String, String> status = new HashMap<>();
        for (String[] r : reg.subList(1, reg.size())) {
            assertThat(status.put(r[0], r[7])).as("listed once: " + r[0]).isNull();
        }
        assertThat(status.values()).containsAnyOf("注销", "吊销").contains("存续", "在业");
        truthFacts(2024).keySet().forEach(code -> assertThat(status.get(code)).isIn("存续", "在业"));
    }

    private Map<String, Map<FactField, BigDecimal>> truthFacts(int year) throws IOException {
        List<String[]> rows = CsvFile.read(dir.resolve("_truth/facts_" + year + ".csv"), StandardCharsets.UTF_8, ',');
        String[] header = rows.get(0);
        Map<String, Map<FactField, BigDecimal>> out = new HashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            Map<FactField, BigDecimal> m = new EnumMap<>(FactField.class);
            for (int c = 3; c < header.length - 1; c++) {
                if (!r[c].isEmpty()) {
                    m.put(FactField.ofColumn(header[c]), new BigDecimal(r[c]));
                }
            }
            out.put(r[0], m);
        }
        return out;
    }
}
