package io.muyield.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small generated cities shared by the tests of one JVM (written once into a temporary directory). */
final class GeneratedCity {

    static final int SMALL = 3000;
    private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> WRITTEN.values().forEach(GeneratedCity::delete)));
    }

    private GeneratedCity() {
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temporary directory
        }
    }

    static GeneratorSpec spec(int n, long seed, double faults) {
        return GeneratorSpec.defaults().withEnterprises(n).withSeed(seed).withFaultRate(faults);
    }

    /** A clean city of 3,000 enterprises, 2019–2024, seed 42. */
    static Path clean() {
        return written(spec(SMALL, 42, 0));
    }

    /** The same city with faults at 3 %. */
    static Path faulty() {
        return written(spec(SMALL, 42, 0.03));
    }

    static synchronized Path written(GeneratorSpec spec) {
        String key = spec.enterprises() + "-" + spec.seed() + "-" + spec.faultRate() + "-" + spec.firstYear() + "-" + spec.lastYear();
        return WRITTEN.computeIfAbsent(key, k -> {
            try {
                Path dir = Files.createTempDirectory("muyield-synth-" + k);
                new CityGenerator(spec).writeFiles(dir);
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
