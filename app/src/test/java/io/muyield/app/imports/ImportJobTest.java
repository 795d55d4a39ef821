package io.muyield.app.imports;

import io.muyield.app.TestCity;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's progress as a run of two larger files reports it: files by size, rows accepted as they go, the final counts. */
class ImportJobTest {

    static final int FIRMS = 2_500;

    @Test
    void aFinishedJobKeepsTheFirstHundredRejectedRowsPerFile() {
        var rejection = new io.muyield.ingest.validate.Rejection("tax.csv", "", 2, List.of("统一社会信用代码"), List.of("x"), List.of(
                new io.muyield.ingest.validate.Issue(io.muyield.ingest.validate.Severity.ERROR, "tax.csv", "", 2, "统一社会信用代码",
                        io.muyield.ingest.validate.Message.of("应为18位", "must have 18 symbols"))));
        FileReport many = new FileReport("tax.csv", Optional.of("tax"), Optional.of("tax"), FileReport.Outcome.IMPORTED, 151, 1, 150,
                Optional.of(7L), List.of(), "ok", java.util.Collections.nCopies(150, rejection), List.of(), 0);
        ImportJob job = new ImportJob("j", "admin", 2023, List.of("tax.csv"), 10, Instant.now());
        job.done(new ImportReport(2023, List.of(many), true, java.time.Duration.ofSeconds(1)));
        FileReport kept = job.report().orElseThrow().files().get(0);
        assertThat(kept.rejections()).hasSize(ImportJob.KEPT_REJECTIONS);
        assertThat(kept.rejected()).as("the count stays whole").isEqualTo(150);
    }

    @Test
    void progressRisesWithTheRowsAcceptedAndEndsWithTheReportsCounts(@TempDir Path dir) throws IOException {
        StringBuilder registration = new StringBuilder("统一社会信用代码,企业名称,所属区县,国民经济行业代码,成立日期,登记状态\n");
        StringBuilder tax = new StringBuilder("统一社会信用代码,纳税人名称,税款所属年度,实缴税额合计(万元)\n");
        for (int i = 0; i < FIRMS; i++) {
            CreditCode c = TestCity.code("500112", String.format("%07d", 3_000_000 + i));
            registration.append(c.value()).append(",企业").append(i).append(",500112,3612,2010-01-01,存续\n");
            tax.append(c.value()).append(",企业").append(i).append(",2023,").append(i % 97 + 1).append('\n');
        }
        tax.append("9150011299999999XX,坏代码,2023,1\n");
        Path reg = dir.resolve("registration_2023.csv");
        Path taxFile = dir.resolve("tax_2023.csv");
        Files.writeString(reg, registration, StandardCharsets.UTF_8);
        Files.writeString(taxFile, tax, StandardCharsets.UTF_8);
        assertThat(ImportJob.estimateRows(taxFile, Files.size(taxFile))).isBetween((long) (FIRMS * 0.9), (long) (FIRMS * 1.1));
        Path xlsx = dir.resolve("x.xlsx");
        Files.write(xlsx, new byte[]{'P', 'K', 3, 4, '\n', '\n'});
        assertThat(ImportJob.estimateRows(xlsx, 6)).isEqualTo(-1);

        Database db = Database.forDataDir(dir.resolve("db"));
        try {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            ImportJob job = new ImportJob("j", "admin", 2023, List.of("registration_2023.csv", "tax_2023.csv"),
                    Files.size(reg) + Files.size(taxFile), Instant.now());
            assertThat(job.state()).isEqualTo(ImportJob.State.QUEUED);
            List<Integer> percents = new ArrayList<>();
            List<Long> accepted = new ArrayList<>();
            ImportProgress recording = new ImportProgress() {
                @Override
                public void fileStarted(int index, int count, Path file, long bytes) {
                    job.fileStarted(index, count, file, bytes);
                    percents.add(job.percent());
                }

                @Override
                public void accepted(long rowsSoFar) {
                    job.accepted(rowsSoFar);
                    percents.add(job.percent());
                    accepted.add(job.accepted());
                }

                @Override
                public void fileFinished(FileReport report) {
                    job.fileFinished(report);
                    percents.add(job.percent());
                }
            };
            job.running();
            ImportReport report = new DepartmentImport(db).run(new DepartmentImport.Request(List.of(reg, taxFile), 2023, Optional.empty(),
                    "admin"), line -> { }, recording);
            job.done(report);

            assertThat(report.committed()).isTrue();
            assertThat(percents).as("never backwards").isSorted();
            assertThat(percents.get(0)).isZero();
            assertThat(percents).as("moves within a file, not only between files").anyMatch(p -> p > 0 && p < 40)
                    .anyMatch(p -> p > 50 && p < 100);
            assertThat(accepted).as("rows accepted as they go, both files counted").contains(1_000L, 2_000L, FIRMS + 1_000L, FIRMS + 2_000L);
            assertThat(job.percent()).isEqualTo(100);
            assertThat(job.finished()).isTrue();
            assertThat(job.read()).isEqualTo(2L * FIRMS + 1);
            assertThat(job.accepted()).isEqualTo(2L * FIRMS);
            assertThat(job.rejected()).isEqualTo(1);
            assertThat(job.fileIndex()).isEqualTo(2);
            assertThat(job.currentFile()).isEqualTo("tax_2023.csv");
            assertThat(job.report().orElseThrow().files()).extracting(FileReport::file, FileReport::read, FileReport::rejected)
                    .containsExactlyElementsOf(report.files().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.file(), f.read(), f.rejected()))
                            .toList());
        } finally {
            db.close();
        }
    }
}
