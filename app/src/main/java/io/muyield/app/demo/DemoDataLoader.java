package io.muyield.app.demo;

import io.muyield.app.shared.MuyieldProperties;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.SyntheticEnterprise;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Demo mode, first start: the generated Chongqing city (synth, calibrated to DOMAIN.md §10) goes into the empty database
 * through the same fact model and batch writer that imports use, in parts of {@value #PART_SIZE} enterprises so memory
 * stays small. A database that already holds enterprises is left as it is. The load runs before the web server
 * opens its port.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    static final int PART_SIZE = 10_000;

    private final MuyieldProperties properties;
    private final Database database;
    private final EnterpriseRepository enterprises;

    DemoDataLoader(MuyieldProperties properties, Database database, EnterpriseRepository enterprises) {
        this.properties = properties;
        this.database = database;
        this.enterprises = enterprises;
    }

    /** Before the web server starts, so that nobody sees a half-loaded city. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demo().enabled() || enterprises.count(Condition.all()) > 0) {
            return;
        }
        GeneratorSpec spec = GeneratorSpec.defaults().withSeed(properties.demo().seed());
        if (properties.demo().enterprises() > 0) {
            spec = spec.withEnterprises(properties.demo().enterprises());
        }
        load(new CityGenerator(spec), System.out);
    }

    void load(CityGenerator generator, PrintStream out) {
        GeneratorSpec spec = generator.spec();
        long started = System.nanoTime();
        out.printf("Loading the Chongqing demo city: %,d enterprises, %d–%d, seed %d …%n",
                spec.enterprises(), spec.firstYear(), spec.lastYear(), spec.seed());
        ReferenceData.loadParks(database, generator.parks());
        FactBatchWriter writer = new FactBatchWriter(database);
        int parts = (spec.enterprises() + PART_SIZE - 1) / PART_SIZE;
        Iterator<SyntheticEnterprise> all = generator.enterprises().iterator();
        for (int part = 1; all.hasNext(); part++) {
            List<Enterprise> chunk = new ArrayList<>(PART_SIZE);
            List<YearlyFacts> facts = new ArrayList<>(PART_SIZE * (spec.lastYear() - spec.firstYear() + 1));
            while (all.hasNext() && chunk.size() < PART_SIZE) {
                SyntheticEnterprise e = all.next();
                chunk.add(e.enterprise());
                facts.addAll(e.facts());
            }
            writer.write(BatchDescription.of("demo", "muyield demo")
                    .withFile("synthetic Chongqing, seed " + spec.seed() + ", part " + part + " of " + parts, null), chunk, facts);
            out.printf("  part %d of %d written%n", part, parts);
        }
        out.printf("Demo city loaded in %d s.%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        io.muyield.app.evaluation.DemoRuns.create(database, out); // the 2022 and 2023 runs of chongqing-2023
    }
}
