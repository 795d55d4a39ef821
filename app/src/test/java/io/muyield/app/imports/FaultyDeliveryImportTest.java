package io.muyield.app.imports;

import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.batch.RejectedRow;
import io.muyield.store.batch.RejectionRepository;
import io.muyield.store.reference.ReferenceData;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A faulty delivery (the generator's city with 3 % of rows given one fault each: bad check digits, duplicates within a
 * file, blank required cells, value added above output, negative land, unknown industry and district codes …) goes
 * into the database file by file: every file is a batch whose counts add up, and every injected fault is a stored
 * rejection naming its file, sheet, row and field (the batch page and the rejected-rows workbook show them). Adding a
 * truncated file to the same delivery commits nothing at all.
 */
class FaultyDeliveryImportTest {

    static final int YEAR = 2023;

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no " + b + " after " + from);
    }

    @Test
    void everyInjectedFaultIsAStoredRejectionAndATruncatedFileCommitsNothing(@TempDir Path dir) throws IOException {
        Path files = dir.resolve("files");
        new CityGenerator(GeneratorSpec.defaults().withEnterprises(1200).withYears(YEAR, YEAR).withSeed(5).withFaultRate(0.03)).writeFiles(files);
        Database db = Database.forDataDir(dir.resolve("db"));
        try {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            DepartmentImport importer = new DepartmentImport(db);

            // the faulty delivery with a truncated copy of its power file: refused as a whole, nothing kept
            Path cut = dir.resolve("power_" + YEAR + "_cut.csv");
            byte[] power = Files.readAllBytes(files.resolve("power_" + YEAR + ".csv"));
            int lineStart = 1 + indexOf(power, (byte) '\n', power.length / 2);
            Files.write(cut, Arrays.copyOf(power, indexOf(power, (byte) '\t', lineStart) + 1)); // cut after a record's first cell
            List<Path> withCut = new ArrayList<>(DepartmentImport.filesOf(files, YEAR));
            withCut.add(cut);
            ImportReport refused = importer.run(new DepartmentImport.Request(withCut, YEAR, Optional.empty(), "clerk"), line -> { });
            assertThat(refused.committed()).isFalse();
            assertThat(refused.files()).filteredOn(f -> f.file().equals(cut.getFileName().toString())).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("截断"));
            for (String table : List.of("import_batch", "import_rejection", "fact", "enterprise", "enterprise_year", "enterprise_tag",
                    "enterprise_event")) {
                assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table + " after a refused run").isZero();
            }

            ImportReport report = importer.run(new DepartmentImport.Request(DepartmentImport.filesOf(files, YEAR), YEAR, Optional.empty(),
                    "clerk"), line -> { });
            assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
            Map<String, Long> batchOf = new HashMap<>();
            for (FileReport f : report.files()) {
                batchOf.put(f.file(), f.batchId().orElseThrow());
                assertThat(f.read()).as(f.file()).isEqualTo(f.accepted() + f.rejected());
            }
            Map<String, RejectedRow> stored = new HashMap<>();
            RejectionRepository rejections = new RejectionRepository(db);
            batchOf.forEach((file, batch) -> rejections.ofBatch(batch, Integer.MAX_VALUE)
                    .forEach(r -> stored.put(file + "|" + r.sheet() + "|" + r.row(), r)));

            List<Map<String, String>> faults = DepartmentImportTest.csv(files.resolve("_truth/faults.csv"));
            assertThat(faults).extracting(f -> f.get("kind")).contains("BAD_CHECK_DIGIT", "DUPLICATE_ROW", "CONFLICTING_DUPLICATE",
                    "BLANK_REQUIRED", "VALUE_ADDED_ABOVE_OUTPUT", "NEGATIVE_LAND", "UNKNOWN_INDUSTRY", "UNKNOWN_DISTRICT");
            List<String> missed = new ArrayList<>();
            int checked = 0;
            for (Map<String, String> fault : faults) {
                String kind = fault.get("kind");
                if (List.of("FULL_WIDTH", "THOUSANDS_SEPARATOR", "YUAN_AS_WAN_YUAN").contains(kind)) {
                    continue; // read correctly, or flagged against the other sources (SynthCityTest), never a rejection
                }
                checked++;
                RejectedRow r = stored.get(fault.get("file") + "|" + fault.get("sheet") + "|" + fault.get("row"));
                if (r == null) {
                    missed.add(fault + " not stored as a rejection");
                } else if (!fault.get("field").equals("*") && !kind.equals("DUPLICATE_ROW")
                        && r.reasons().stream().noneMatch(x -> x.field().equals(fault.get("field")))) {
                    missed.add(fault + " stored for another field: " + r.reasons());
                } else if (r.reasons().stream().anyMatch(x -> x.zh().isBlank() || x.en().isBlank()) || r.cells().isEmpty()) {
                    missed.add(fault + " stored without its reason or cells");
                }
            }
            assertThat(checked).isGreaterThan(20);
            assertThat(missed).as("first: %s", missed.stream().limit(5).toList()).isEmpty();
        } finally {
            db.close();
        }
    }
}
