package io.muyield.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryImporterTest {

    @TempDir
    Path dir;

    @Test
    void importsTheYearsFilesRecognisedByHeaderAndFusesThem() throws IOException {
        Files.copy(TestReference.corpus("parks.csv"), dir.resolve("parks.csv"));
        Files.copy(TestReference.corpus("registration_gbk.csv"), dir.resolve("登记信息_2023.csv"));
        Files.copy(TestReference.corpus("land_parcels_pipe.csv"), dir.resolve("宗地.txt"));
        Files.copy(TestReference.corpus("power_tab.csv"), dir.resolve("power_2023.csv"));
        Files.copy(TestReference.corpus("quoted_crlf.csv"), dir.resolve("tax_2022.csv"));
        Files.createDirectories(dir.resolve("_truth"));
        Files.writeString(dir.resolve("_truth/facts_2023.csv"), "credit_code\n");
        Files.writeString(dir.resolve("readme.md"), "not a table");
        AtomicLong batch = new AtomicLong();
        DirectoryImporter.DirectoryImport d = new DirectoryImporter(new FileImporter(TestReference.chongqing()))
                .importDirectory(dir, 2023, p -> batch.incrementAndGet());
        assertThat(d.files()).extracting(f -> f.result().file()).containsExactly("parks.csv", "power_2023.csv", "宗地.txt", "登记信息_2023.csv");
        assertThat(d.files()).extracting(f -> f.result().profile().orElseThrow()).containsExactly("parks", "power", "land_parcels", "registration");
        assertThat(d.otherYears()).extracting(p -> p.getFileName().toString()).containsExactly("tax_2022.csv");
        assertThat(d.files().get(0).records()).allMatch(r -> r.origin().batchId() == 1);
        assertThat(d.fusion().enterprises()).hasSize(5);
        assertThat(d.fusion().factsOf(CorpusTest.A).orElseThrow().get(io.muyield.core.fact.FactField.LAND_OWNED))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.5"));
        assertThat(d.fusion().factsOf(CorpusTest.A).orElseThrow().get(io.muyield.core.fact.FactField.ELECTRICITY))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18000"));
        assertThat(DirectoryImporter.yearInName(Path.of("2023年纳税.xlsx"))).hasValue(2023);
        assertThat(DirectoryImporter.yearInName(Path.of("tax_2022_2023.csv"))).isEmpty();
        assertThat(DirectoryImporter.yearInName(Path.of("parks.csv"))).isEmpty();
    }
}
