package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryClass;
import io.muyield.core.industry.IndustryLevel;
import io.muyield.core.region.Region;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.Fixtures;
import io.muyield.store.TestDatabase;
import io.muyield.store.industry.IndustryRepository;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.summary.CitySummaryRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures one batch of N enterprises × 6 years (every fact field filled): {@code mvn -pl store test -Pslow
 * -Dtest=WriteSpeedTest -Dmuyield.writeSpeed.enterprises=100000}. Prints the time of each step and checks
 * only that everything was written; the figures go to docs/BENCHMARKS.md (measured here: ~8 s on DuckDB, ~45–60 s on PostgreSQL 15, 2 cores).
 */
@Tag("slow")
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class WriteSpeedTest {

    private static final int YEARS = 6;

    @Parameter
    TestDatabase target;

    @Test
    void oneLargeBatch() {
        int n = Integer.getInteger("muyield.writeSpeed.enterprises", 100_000);
        Database db = target.database();
        List<String> districts = new RegionRepository(db).all().stream().filter(r -> r.nationalCode() && !r.code().equals("500000"))
                .map(Region::code).toList();
        List<String> industries = new IndustryRepository(db).catalog().atLevel(IndustryLevel.CLASS).stream()
                .filter(c -> c.code().isManufacturing()).map(IndustryClass::code).map(c -> c.value()).toList();
        SplittableRandom random = new SplittableRandom(42);
        List<Enterprise> enterprises = new ArrayList<>(n);
        List<YearlyFacts> facts = new ArrayList<>(n * YEARS);
        for (int i = 0; i < n; i++) {
            String district = districts.get(random.nextInt(districts.size()));
            CreditCode code = Fixtures.code(district, i);
            enterprises.add(new Enterprise(code, "企业" + i, district, Optional.empty(), Optional.empty(),
                    io.muyield.core.industry.IndustryCode.parse(industries.get(random.nextInt(industries.size()))),
                    LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1), EnterpriseStatus.ACTIVE));
            for (int y = 2019; y < 2019 + YEARS; y++) {
                Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
                for (FactField f : FactField.values()) {
                    values.put(f, new FactValue(BigDecimal.valueOf(random.nextLong(1, 100_000_000L), 4), 0));
                }
                facts.add(new YearlyFacts(code, y, random.nextBoolean(), values));
            }
        }
        long[] last = {System.nanoTime()};
        FactBatchWriter writer = new FactBatchWriter(db, java.time.Clock.systemDefaultZone(), step -> {
            long now = System.nanoTime();
            System.out.printf("%s: step %s took %.2f s%n", db.dialect().displayName(), step, (now - last[0]) / 1e9);
            last[0] = now;
        });
        WrittenBatch written = writer.write(BatchDescription.of("bench", "test"), enterprises, facts);
        System.out.printf("%s: wrote %,d enterprises, %,d yearly records, %,d facts in %.1f s%n", db.dialect().displayName(),
                written.enterprises(), written.yearlyRecords(), written.facts(), written.elapsed().toMillis() / 1000.0);
        long t = System.nanoTime();
        var summary = new CitySummaryRepository(db).summary(2023);
        System.out.printf("%s: city summary of 2023 in %.2f s%n", db.dialect().displayName(), (System.nanoTime() - t) / 1e9);
        assertThat(summary.enterprises()).isEqualTo(n);
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise_year", Long.class)).isEqualTo((long) n * YEARS);
    }
}
