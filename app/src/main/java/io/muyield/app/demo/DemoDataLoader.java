package io.muyield.app.demo;

import io.muyield.app.shared.MuyieldProperties;
import io.muyield.app.imports.DepartmentImport;
import io.muyield.app.imports.FileReport;
import io.muyield.app.imports.ImportReport;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.WriteSummary;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Demo mode, first start: the generated Chongqing city (synth, calibrated to DOMAIN.md §10) is written as the
 * departments' files (docs/DEPARTMENT-FILES.md) into a temporary directory and imported year by year through the same
 * path as {@code muyield import} ({@link DepartmentImport}), so the demo's facts are what a real city's files would
 * give. A database that already holds enterprises is left as it is. The load runs before the web server opens its port.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

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
        Path files = null;
        try {
            files = Files.createTempDirectory("muyield-demo-files");
            WriteSummary written = generator.writeFiles(files);
            out.printf("  %d department files generated in %.1f s%n", written.files().size(), written.elapsed().toMillis() / 1000.0);
            DepartmentImport importer = new DepartmentImport(database);
            for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
                ImportReport report = importer.run(new DepartmentImport.Request(DepartmentImport.filesOf(files, year), year,
                        Optional.empty(), "muyield demo"), line -> { });
                if (!report.committed()) {
                    throw new IllegalStateException("the generated files of " + year + " were refused: " + report.files().stream()
                            .filter(f -> f.outcome() == FileReport.Outcome.REFUSED).map(FileReport::message).toList());
                }
                out.printf("  %d imported: %,d rows in %d files, %.1f s%n", year, report.accepted(), report.files().size(),
                        report.elapsed().toMillis() / 1000.0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo city's department files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(files);
        }
        out.printf("Demo city loaded in %d s.%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        io.muyield.app.evaluation.DemoRuns.create(database, out); // the 2022 and 2023 runs of chongqing-2023
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
