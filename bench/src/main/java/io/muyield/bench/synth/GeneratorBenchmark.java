package io.muyield.bench.synth;

import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.WriteSummary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The generator, measured (docs/BENCHMARKS.md, "Generator"): writes a whole city's department files and truth
 * and reports wall time, process CPU time and bytes written. Usage:
 * <pre>
 *   GeneratorBenchmark [ENTERPRISES=1000000] [YEARS=2019-2024] [RUNS=1] [DIR=a temporary directory] [--faults RATE] [--keep]
 * </pre>
 * Each run writes into a fresh directory, deleted afterwards unless --keep.
 */
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int enterprises = 1_000_000;
        String years = "2019-2024";
        int runs = 1;
        Path dir = null;
        double faults = 0;
        boolean keep = false;
        int position = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--faults" -> faults = Double.parseDouble(args[++i]);
                case "--keep" -> keep = true;
                default -> {
                    switch (position++) {
                        case 0 -> enterprises = Integer.parseInt(args[i].replace("_", ""));
                        case 1 -> years = args[i];
                        case 2 -> runs = Integer.parseInt(args[i]);
                        case 3 -> dir = Path.of(args[i]);
                        default -> throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                }
            }
        }
        String[] range = years.split("-");
        GeneratorSpec spec = GeneratorSpec.defaults().withEnterprises(enterprises)
                .withYears(Integer.parseInt(range[0]), Integer.parseInt(range[1])).withFaultRate(faults);
        System.out.printf(Locale.ROOT, "generator: %,d enterprises, %s, faults %.3f, %d processors%n",
                enterprises, years, faults, Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            Path out = dir != null ? dir.resolve("run" + run) : Files.createTempDirectory("muyield-generator-bench");
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            CityGenerator generator = new CityGenerator(spec);
            long pilot = System.nanoTime() - t0;
            WriteSummary summary = generator.writeFiles(out);
            long wall = System.nanoTime() - t0;
            long cpu = processCpuNanos() - cpu0;
            long bytes = size(out);
            System.out.printf(Locale.ROOT, "run %d: %.1f s wall (pilot %.1f s), %.1f s CPU, %d files, %,.0f MB, %,.0f MB/s%s%n",
                    run, wall / 1e9, pilot / 1e9, cpu / 1e9, summary.files().size(), bytes / 1e6, bytes / 1e6 / (wall / 1e9),
                    summary.faults() > 0 ? ", " + summary.faults() + " faults" : "");
            if (!keep) {
                delete(out);
            }
        }
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
