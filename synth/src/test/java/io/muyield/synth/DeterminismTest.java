package io.muyield.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void sameSpecWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        GeneratorSpec spec = GeneratedCity.spec(1500, 7, 0.03);
        WriteSummary first = new CityGenerator(spec).writeFiles(a);
        WriteSummary second = new CityGenerator(spec).writeFiles(b);

        assertThat(second.files()).isEqualTo(first.files());
        assertThat(first.files()).hasSize(6 * 7 + 1 + 6 + 3 + 6 * 9);
        try (var walk = Files.walk(a)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> a.relativize(p).toString().replace('\\', '/')).sorted().toList())
                    .as("exactly the files announced, no temporary leftovers").isEqualTo(first.files());
        }
        for (String f : first.files()) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void anotherSeedGivesAnotherCity(@TempDir Path a, @TempDir Path b) throws IOException {
        GeneratorSpec spec = GeneratedCity.spec(800, 7, 0).withYears(2023, 2023);
        new CityGenerator(spec).writeFiles(a);
        new CityGenerator(spec.withSeed(8)).writeFiles(b);

        assertThat(Files.readAllBytes(b.resolve("tax_2023.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("tax_2023.csv")));
    }

    @Test
    void anEnterpriseIsTheSameWhetherStreamedOrAskedForByIndex() {
        CityGenerator city = new CityGenerator(GeneratedCity.spec(500, 3, 0));
        List<SyntheticEnterprise> all = city.enterprises().toList();

        assertThat(all).hasSize(500);
        for (int i : new int[]{0, 1, 7, 8, 255, 499}) {
            assertThat(city.enterprise(i)).isEqualTo(all.get(i));
            assertThat(all.get(i).index()).isEqualTo(i);
        }
        assertThat(new CityGenerator(GeneratedCity.spec(500, 3, 0)).enterprises().parallel().toList()).isEqualTo(all);
    }

    @Test
    void permutationIsABijection() {
        for (long n : new long[]{1, 2, 3, 10, 1000, 4097}) {
            IndexPermutation p = new IndexPermutation(99, n);
            boolean[] seen = new boolean[(int) n];
            for (long i = 0; i < n; i++) {
                long v = p.apply(i);
                assertThat(v).isBetween(0L, n - 1);
                assertThat(seen[(int) v]).isFalse();
                seen[(int) v] = true;
            }
        }
    }
}
