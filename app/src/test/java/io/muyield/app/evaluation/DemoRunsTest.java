package io.muyield.app.evaluation;

import io.muyield.app.TestCity;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import io.muyield.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's runs: chongqing-2023 over each demo year that has data, once. */
class DemoRunsTest {

    @Test
    void storesTheRunOfEachYearWithDataOnce(@TempDir Path dir) {
        try (Database db = Database.forDataDir(dir)) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            TestCity.loadOnce(db); // 2023 only
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DemoRuns.create(db, new PrintStream(out, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("no demo run for 2022").contains("chongqing-2023 over 2023, 4 enterprises");
            var runs = new RunRepository(db).runs();
            assertThat(runs).extracting(StoredRun::year).containsExactly(2023);
            assertThat(runs.get(0).createdBy()).isEqualTo("muyield demo");
            // the 2023 run is in its notice period (公示) for 15 days, so the demo enterprise can appeal
            var publication = new io.muyield.store.evaluation.PublicationRepository(db).of(runs.get(0).id());
            assertThat(publication.state()).isEqualTo(io.muyield.store.evaluation.PublicationState.PUBLISHED);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            assertThat(publication.noticeEnd()).contains(today.plusDays(15));
            assertThat(publication.appealsOpen(today)).isTrue();
            assertThat(printed).contains("published (公示) until " + today.plusDays(15));
            DemoRuns.create(db, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(new RunRepository(db).runs()).hasSize(1);
        }
    }
}
