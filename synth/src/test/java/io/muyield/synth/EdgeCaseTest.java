package io.muyield.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgeCaseTest {

    @Test
    void aCityOfOneStillWritesEveryFile(@TempDir Path dir) {
        WriteSummary w = new CityGenerator(GeneratedCity.spec(1, 1, 0.5)).writeFiles(dir);
        assertThat(w.files()).hasSize(52 + 6 * 9); // and per year eight official lists with their truth
        w.files().forEach(f -> assertThat(dir.resolve(f)).isRegularFile());
    }

    @Test
    void yearsBeyondTheCalibrationYearWork(@TempDir Path dir) {
        CityGenerator city = new CityGenerator(GeneratedCity.spec(2000, 4, 0).withYears(2025, 2026));
        WriteSummary w = city.writeFiles(dir);
        assertThat(w.files()).contains("tax_2026.csv", "_truth/facts_2025.csv").doesNotContain("tax_2024.csv");
        assertThat(city.enterprises().filter(e -> e.factsIn(2026).isPresent()).count()).isGreaterThan(1500);
    }

    @Test
    void onlyTheAskedForDepartmentsAreWritten(@TempDir Path dir) {
        WriteSummary w = new CityGenerator(GeneratedCity.spec(300, 4, 0).withYears(2023, 2023)
                .withFiles(EnumSet.of(FileKind.TAX, FileKind.LAND))).writeFiles(dir);
        assertThat(w.files()).containsExactly("_truth/README.txt", "_truth/enterprises.csv", "_truth/facts_2023.csv",
                "_truth/faults.csv", "land_leases_2023.csv", "land_parcels_2023.csv", "parks.csv", "tax_2023.csv");
    }

    @Test
    void invalidSpecsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> GeneratedCity.spec(0, 1, 0)).hasMessageContaining("enterprises");
        assertThatThrownBy(() -> GeneratedCity.spec(10, 1, 1.5)).hasMessageContaining("fault rate");
        assertThatThrownBy(() -> GeneratedCity.spec(10, 1, 0).withYears(2024, 2019)).hasMessageContaining("years");
    }
}
