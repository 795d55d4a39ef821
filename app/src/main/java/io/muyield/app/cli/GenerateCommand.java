package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.WriteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code muyield generate}: department files of a synthetic city, deterministic by seed (docs/DEPARTMENT-FILES.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write realistic department files (registration, tax, statistics, land, power, environment) for a synthetic Chongqing.")
final class GenerateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--enterprises", paramLabel = "N", description = "enterprises ever registered (default: the calibrated Chongqing size)")
    Integer enterprises;

    @Option(names = "--years", paramLabel = "FIRST-LAST", defaultValue = "2019-2024", description = "reporting years (default: ${DEFAULT-VALUE})")
    String years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed; the same seed gives byte-identical files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--faults", paramLabel = "RATE", defaultValue = "0",
            description = "share of rows given one real-world fault (bad check digits, duplicates, blanks, full-width digits, 万元/元 mix-ups …), logged in _truth/faults.csv (default: ${DEFAULT-VALUE})")
    double faults;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    Path out;

    @Override
    public void run() {
        String[] range = years.split("-");
        if (range.length != 2 || !range[0].matches("\\d{4}") || !range[1].matches("\\d{4}")) {
            throw new UserFacingException("--years must look like 2019-2024, was '" + years + "'");
        }
        GeneratorSpec generatorSpec;
        try {
            generatorSpec = GeneratorSpec.defaults().withYears(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
                    .withSeed(seed).withFaultRate(faults);
            if (enterprises != null) {
                generatorSpec = generatorSpec.withEnterprises(enterprises);
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        WriteSummary summary = new CityGenerator(generatorSpec).writeFiles(out);
        spec.commandLine().getOut().printf("Wrote %d files for %,d enterprises (%d–%d, seed %d) to %s in %.1f s%s%n",
                summary.files().size(), generatorSpec.enterprises(), generatorSpec.firstYear(), generatorSpec.lastYear(), seed,
                summary.directory(), summary.elapsed().toMillis() / 1000.0,
                summary.faults() > 0 ? "; " + summary.faults() + " faults injected, listed in _truth/faults.csv" : "");
    }
}
