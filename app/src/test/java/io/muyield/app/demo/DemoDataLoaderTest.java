package io.muyield.app.demo;

import io.muyield.app.shared.MuyieldProperties;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.cluster.FactCube;
import io.muyield.store.cluster.FactCubeRepository;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.summary.CitySummary;
import io.muyield.store.summary.CitySummaryRepository;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.SyntheticEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo load keeps the generator's truth: what the database sums is what the generated city sums. */
class DemoDataLoaderTest {

    @Test
    void loadedCityEqualsTheGeneratedOne(@TempDir Path dir) {
        CityGenerator generator = new CityGenerator(GeneratorSpec.defaults().withEnterprises(3_000).withSeed(42));
        try (Database db = Database.forDataDir(dir)) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DemoDataLoader(new MuyieldProperties(dir, null, new MuyieldProperties.Demo(true, 3_000, 42)), db, new EnterpriseRepository(db))
                    .load(generator, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("3,000 enterprises").contains("Demo city loaded");

            List<SyntheticEnterprise> generated = generator.enterprises().toList();
            // The files know an enterprise only from a year's registration (2019–2024): every one with facts then, and a
            // few registered without any figure; none that exited before 2019.
            long reported = generated.stream().filter(e -> !e.facts().isEmpty()).count();
            assertThat(new EnterpriseRepository(db).count(Condition.all())).isBetween(reported, reported + generated.size() / 100);

            RatioAggregate tax = new RatioAggregate(Indicator.TAX_PER_MU);
            long activeIn2023 = 0;
            for (SyntheticEnterprise e : generated) {
                for (YearlyFacts f : e.facts()) {
                    if (f.year() == 2023) {
                        activeIn2023++;
                        if (f.aboveScale() && e.enterprise().industry().isManufacturing()) {
                            tax.add(f);
                        }
                    }
                }
            }
            CitySummary summary = new CitySummaryRepository(db).summary(2023);
            assertThat(summary.enterprises()).isEqualTo(activeIn2023);
            assertThat(summary.manufacturing().taxPerMu().value()).isEqualTo(tax.value());
            assertThat(summary.manufacturing().taxPerMu().included()).isEqualTo(tax.included());

            // the import kept the pre-aggregated cluster cube current, and it sums to what enterprise_year sums
            assertThat(ClusterCube.current(db)).isTrue();
            FactCubeRepository cubes = new FactCubeRepository(db);
            FactCube fromCube = cubes.fromCube(Condition.all());
            FactCube live = cubes.live(Condition.all());
            assertThat(fromCube.years()).isEqualTo(live.years()).contains(2023);
            for (int year : live.years()) {
                assertThat(fromCube.figures(c -> fromCube.year(c) == year)).isEqualTo(live.figures(c -> live.year(c) == year));
            }
        }
    }
}
