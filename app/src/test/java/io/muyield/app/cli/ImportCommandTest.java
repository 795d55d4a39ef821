package io.muyield.app.cli;

import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code muyield import}: a delivery directory, the same again, a file with a refused row, a refused file. */
class ImportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args).exitCode();
    }

    @Test
    void importsADirectoryThenNothingTheSecondTimeAndWritesRejectedRows(@TempDir Path dir) throws Exception {
        Path files = dir.resolve("delivery");
        new CityGenerator(GeneratorSpec.defaults().withEnterprises(300).withYears(2023, 2023).withSeed(5)).writeFiles(files);
        String data = dir.resolve("data").toString();

        assertThat(run("import", "--data-dir", data, "--year", "2023", "--user", "clerk", files.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("[1/16] parks.csv").contains("tax_2023.csv").contains("imported").contains("Committed");

        assertThat(run("import", "--data-dir", data, "--year", "2023", files.toString())).isZero();
        assertThat(out.toString()).contains("unchanged").doesNotContain(" imported ");
        try (io.muyield.store.Database db = io.muyield.store.Database.forDataDir(java.nio.file.Path.of(data))) {
            // Each file of each run is in the audit trail, as the web records it: the clerk's 16 imports (8 department files, 8 official lists), then 16 unchanged.
            var audit = new io.muyield.store.audit.AuditRepository(db);
            var entries = audit.latest(100, "IMPORT");
            assertThat(entries).hasSize(32);
            assertThat(entries).anyMatch(e -> e.actor().equals("cli:clerk") && e.target().startsWith("batch:")
                    && e.details().contains("file=tax_2023.csv") && e.details().contains("outcome=IMPORTED") && e.details().contains("committed=true"));
            assertThat(entries).filteredOn(e -> e.details().contains("outcome=UNCHANGED")).hasSize(16);
            assertThat(audit.verify().ok()).isTrue();
        }

        // A corrected tax file with one unreadable figure: the row is refused, the rest supersedes the first tax batch.
        Path tax = files.resolve("tax_2023.csv");
        String text = Files.readString(tax, java.nio.charset.Charset.forName("GB18030"));
        String[] lines = text.split("\r?\n");
        String[] cells = lines[1].split(",", -1);
        cells[cells.length - 1] = "十二";
        lines[1] = String.join(",", cells);
        Path corrected = dir.resolve("tax_2023_v2.csv");
        Files.writeString(corrected, String.join("\n", lines) + "\n", java.nio.charset.Charset.forName("GB18030"));
        Path rejected = dir.resolve("rejected");
        assertThat(run("import", "--data-dir", data, "--year", "2023", "--source", "tax", "--rejections", rejected.toString(),
                corrected.toString())).as(out + err.toString()).isZero();
        assertThat(out.toString()).containsPattern("tax_2023_v2\\.csv\\s+tax\\s+\\d[\\d,]*\\s+\\d[\\d,]*\\s+1\\s+\\d+\\s+imported");
        assertThat(rejected.resolve("tax_2023_v2_rejected.xlsx")).exists();

        Path empty = dir.resolve("power_2023.csv");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        assertThat(run("import", "--data-dir", data, "--year", "2023", empty.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("refused").contains("文件为空").contains("Nothing was committed");
    }

    @Test
    void anUnknownSourceIsOneClearLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertThat(run("import", "--data-dir", dir.resolve("data").toString(), "--year", "2023", "--source", "land", f.toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("unknown source 'land'").contains("land_parcels");
    }
}
