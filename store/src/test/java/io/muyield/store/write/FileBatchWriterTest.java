package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import io.muyield.store.batch.BatchStatus;
import io.muyield.store.batch.ImportBatch;
import io.muyield.store.batch.FactHistoryRepository;
import io.muyield.store.batch.ImportBatchRepository;
import io.muyield.store.batch.RejectedRow;
import io.muyield.store.batch.RejectionRepository;
import io.muyield.store.lease.LeaseRepository;
import io.muyield.store.lease.StoredLease;
import io.muyield.store.query.Condition;
import io.muyield.store.quality.DataQualityRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One batch per file: supersession, source priority across files, leases off the landlord's land, a refused batch. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class FileBatchWriterTest {

    private static final CreditCode A = code("500112", 1);
    private static final CreditCode B = code("500113", 2);
    private static final CreditCode C = code("500113", 3);
    private static final FieldPriority PRIORITY = FieldPriority.of(Map.of(
            FactField.TAX, List.of(Source.TAX, Source.STATISTICS),
            FactField.REVENUE, List.of(Source.STATISTICS, Source.TAX)));

    @Parameter
    TestDatabase target;

    private Database db;
    private FileBatchWriter writer;

    @BeforeEach
    void clean() {
        db = target.database();
        target.clearFacts();
        writer = new FileBatchWriter(db, PRIORITY);
        file("registration", "registration", "registration_2023.csv", "r1",
                List.of(enterprise(A, "甲", "500112", null, null, "3411"), enterprise(B, "乙", "500113", null, null, "1311"),
                        enterprise(C, "丙", "500113", null, null, "1311")),
                List.of(), List.of(facts(A, 2023, false), facts(B, 2023, false), facts(C, 2023, false)), false);
    }

    private FileBatchWriter.StoredFile file(String source, String profile, String name, String hash, Collection<Enterprise> enterprises,
                                            Collection<FileBatchWriter.LeaseRow> leases, List<YearlyFacts> facts, boolean scale) {
        return db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                facts.forEach(f -> open.add(f, ReportedQuantities.CANONICAL, scale));
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), source, profile, 2023, name, hash, "clerk",
                        facts.size() + 1, facts.size(), 1, scale), enterprises, leases);
            }
        });
    }

    private Map<String, Object> year(CreditCode code) {
        return db.jdbc().queryForMap("SELECT * FROM enterprise_year WHERE credit_code = ? AND year = 2023", code.value());
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : ((BigDecimal) o).stripTrailingZeros();
    }

    @Test
    void aRegistrationFileIsABatchAndGivesNoYearRowWithoutAFigure() {
        Long rows = db.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise_year", Long.class);
        assertThat(rows).isZero();
        ImportBatch registration = new ImportBatchRepository(db).all().get(0);
        assertThat(registration.profile()).contains("registration");
        assertThat(registration.fileHash()).contains("r1");
        assertThat(List.of(registration.rowsRead(), registration.rowsAccepted(), registration.rowsRejected())).containsExactly(4L, 3L, 1L);
    }

    @Test
    void theDepartmentRankedFirstWinsWhicheverFileCameLast() {
        var tax = file("tax", "tax", "tax_2023.csv", "t1", List.of(), List.of(), List.of(facts(A, 2023, false, FactField.TAX, "100")), false);
        var stats = file("statistics", "statistics", "statistics_2023.xlsx", "s1", List.of(), List.of(),
                List.of(facts(A, 2023, true, FactField.TAX, "90", FactField.REVENUE, "5000")), true);
        assertThat(dec(year(A).get("tax"))).isEqualByComparingTo("100");
        assertThat(year(A).get("tax_batch")).isEqualTo(tax.batchId());
        assertThat(dec(year(A).get("revenue"))).isEqualByComparingTo("5000");
        assertThat(year(A).get("revenue_batch")).isEqualTo(stats.batchId());
        assertThat(year(A).get("above_scale")).isEqualTo(true);
        assertThat(year(A).get("above_scale_batch")).isEqualTo(stats.batchId());
    }

    @Test
    void aCorrectedFileSupersedesTheEarlierOneAndItsFactsStayTraceable() {
        var first = file("tax", "tax", "tax_2023.csv", "t1", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.TAX, "100"), facts(B, 2023, false, FactField.TAX, "7")), false);
        var second = file("tax", "tax", "tax_2023_fixed.csv", "t2", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.TAX, "110")), false);
        assertThat(second.superseded()).containsExactly(first.batchId());
        ImportBatchRepository batches = new ImportBatchRepository(db);
        ImportBatch old = batches.find(first.batchId()).orElseThrow();
        assertThat(old.status()).isEqualTo(BatchStatus.SUPERSEDED);
        assertThat(old.supersededBy()).contains(second.batchId());
        assertThat(batches.lineage(old)).extracting(ImportBatch::id).containsExactly(first.batchId(), second.batchId());
        assertThat(batches.factCount(first.batchId())).isEqualTo(2);
        assertThat(batches.activeWithFile(2023, "t1")).isEmpty();
        assertThat(batches.activeWithFile(2023, "t2")).map(ImportBatch::id).contains(second.batchId());

        assertThat(dec(year(A).get("tax"))).isEqualByComparingTo("110");
        assertThat(year(A).get("tax_batch")).isEqualTo(second.batchId());
        assertThat(new FactHistoryRepository(db).history(A.value(), 2023, Condition.all()))
                .extracting(h -> h.field() + " " + h.value().toPlainString() + " " + h.status() + " " + h.fileName())
                .containsExactly("tax 110 ACTIVE tax_2023_fixed.csv", "tax 100 SUPERSEDED tax_2023.csv");
        assertThat(new FactHistoryRepository(db).history(A.value(), null, Condition.eq(io.muyield.store.query.Column.DISTRICT_CODE, "500113")))
                .as("outside the scope").isEmpty();
        Long rowsOfB = db.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise_year WHERE credit_code = ?", Long.class, B.value());
        assertThat(rowsOfB).as("B is in no ACTIVE batch any more").isZero();
    }

    @Test
    void aSupersededStatisticsFigureGivesWayToTheNextRankedSource() {
        file("tax", "tax", "tax_2023.csv", "t1", List.of(), List.of(), List.of(facts(A, 2023, false, FactField.REVENUE, "800")), false);
        file("statistics", "statistics", "statistics_2023.xlsx", "s1", List.of(), List.of(),
                List.of(facts(A, 2023, true, FactField.REVENUE, "5000")), true);
        assertThat(dec(year(A).get("revenue"))).isEqualByComparingTo("5000");
        file("statistics", "statistics", "statistics_2023_v2.xlsx", "s2", List.of(), List.of(),
                List.of(facts(B, 2023, false, FactField.REVENUE, "10")), true);
        assertThat(dec(year(A).get("revenue"))).isEqualByComparingTo("800");
        assertThat(year(A).get("above_scale")).isEqualTo(false);
    }

    @Test
    void leasesCreditTheTenantAndComeOffTheLandlordsOwnLand() {
        var parcels = file("land", "land_parcels", "land_parcels_2023.csv", "p1", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.LAND_OWNED, "30"), facts(B, 2023, false, FactField.LAND_OWNED, "2")), false);
        var leases = file("land", "land_leases", "land_leases_2023.csv", "l1", List.of(),
                List.of(new FileBatchWriter.LeaseRow(A, C, new BigDecimal("12.5"), Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty(), 2),
                        new FileBatchWriter.LeaseRow(B, C, new BigDecimal("3"), Optional.empty(), Optional.empty(), 3)),
                List.of(facts(C, 2023, false, FactField.LAND_LEASED, "15.5")), false);
        assertThat(dec(year(A).get("land_owned"))).isEqualByComparingTo("17.5");
        assertThat(dec(year(A).get("land_used_mu"))).isEqualByComparingTo("17.5");
        assertThat(dec(year(B).get("land_owned"))).as("leased out more than owned: zero").isEqualByComparingTo("0");
        assertThat(dec(year(C).get("land_leased"))).isEqualByComparingTo("15.5");
        assertThat(dec(year(C).get("land_used_mu"))).isEqualByComparingTo("15.5");
        assertThat(year(A).get("land_owned_batch")).isEqualTo(parcels.batchId());

        List<StoredLease> active = new LeaseRepository(db).active(2023, Condition.all());
        assertThat(active).extracting(StoredLease::landlord).containsExactly(A, B);
        assertThat(active.get(0).start()).contains(LocalDate.of(2020, 1, 1));
        assertThat(active.get(0).batchId()).isEqualTo(leases.batchId());

        // A corrected parcels file is again reduced by the leases in force; a corrected leases file frees the land.
        file("land", "land_parcels", "land_parcels_2023_v2.csv", "p2", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.LAND_OWNED, "40")), false);
        assertThat(dec(year(A).get("land_owned"))).isEqualByComparingTo("27.5");
        file("land", "land_leases", "land_leases_2023_v2.csv", "l2", List.of(), List.of(), List.of(), false);
        assertThat(dec(year(A).get("land_owned"))).isEqualByComparingTo("40");
        Long rowsOfC = db.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise_year WHERE credit_code = ?", Long.class, C.value());
        assertThat(rowsOfC).as("C reported nothing but its lease").isZero();
        assertThat(new LeaseRepository(db).active(2023, Condition.all())).isEmpty();
        assertThat(new LeaseRepository(db).ofBatch(leases.batchId(), Condition.all())).hasSize(2);
    }

    @Test
    void dataQualityFromTheStoredBatches() {
        file("tax", "tax", "tax_2023.csv", "t1", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.TAX, "1"), facts(B, 2023, false, FactField.TAX, "2")), false);
        file("statistics", "statistics", "statistics_2023.xlsx", "s1", List.of(), List.of(),
                List.of(facts(B, 2023, false, FactField.REVENUE, "10", FactField.TAX, "2")), true);
        DataQualityRepository quality = new DataQualityRepository(db);
        assertThat(quality.completeness(2023, Condition.all())).extracting(c -> c.district() + ":" + c.enterprises() + ":"
                + c.filled().get(FactField.TAX) + ":" + c.filled().get(FactField.REVENUE)).containsExactly("500112:1:1:0", "500113:1:1:1");
        assertThat(quality.coverage(2023, Condition.all())).extracting(c -> c.source() + ":" + c.district() + ":" + c.covered())
                .containsExactly("statistics:500113:1", "tax:500112:1", "tax:500113:1");
        assertThat(quality.coverage(2023, Condition.eq(io.muyield.store.query.Column.DISTRICT_CODE, "500112")))
                .extracting(DataQualityRepository.SourceCoverage::source).containsExactly("tax");
        assertThat(quality.matches(2023)).extracting(m -> m.profile() + ":" + m.accepted() + ":" + m.unregistered())
                .containsExactly("registration:3:0", "statistics:1:0", "tax:2:0");
        assertThat(quality.years()).containsExactly(2023);
    }

    @Test
    void theRefusedRowsAreKeptWithTheBatch() {
        var reason = new RejectedRow.Reason("实缴税额合计(万元)", "不是数字", "not a number");
        var row = new RejectedRow("", 7, List.of("统一社会信用代码", "实缴税额合计(万元)"), List.of("9150011210000001XW", "abc"),
                List.of(reason, new RejectedRow.Reason("", "重复行", "duplicate")));
        var stored = db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                open.add(facts(A, 2023, false, FactField.TAX, "1"), ReportedQuantities.CANONICAL, false);
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), "tax", "tax", 2023, "tax.csv", "h", "clerk", 2, 1, 1, false),
                        List.of(), List.of(), List.of(row));
            }
        });
        assertThat(new RejectionRepository(db).count(stored.batchId())).isEqualTo(1);
        assertThat(new RejectionRepository(db).ofBatch(stored.batchId(), 10)).containsExactly(row);
    }

    @Test
    void aRecordOfAnUnregisteredEnterpriseRefusesTheWholeBatch() {
        long before = new ImportBatchRepository(db).count();
        assertThatThrownBy(() -> file("tax", "tax", "tax_2023.csv", "t1", List.of(), List.of(),
                List.of(facts(A, 2023, false, FactField.TAX, "1"), facts(code("500112", 99), 2023, false, FactField.TAX, "2")), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
        assertThat(new ImportBatchRepository(db).count()).isEqualTo(before);
        Long facts = db.jdbc().queryForObject("SELECT COUNT(*) FROM fact", Long.class);
        assertThat(facts).isZero();
    }

    private FileBatchWriter.StoredFile environment(String name, String hash, List<YearlyFacts> facts, List<FileBatchWriter.EventRow> events) {
        return db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                facts.forEach(f -> open.add(f, ReportedQuantities.CANONICAL, false));
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), "environment", "environment", 2023, name, hash, "clerk",
                        facts.size(), facts.size(), 0, false), List.of(), List.of(), List.of(), events);
            }
        });
    }

    private List<String> events() {
        return db.jdbc().query("SELECT v.credit_code, v.kind, v.event_count, v.year, b.status FROM enterprise_event v JOIN import_batch b "
                        + "ON b.id = v.batch_id ORDER BY b.id, v.credit_code",
                (rs, n) -> (rs.getString(1).equals(A.value()) ? "A" : rs.getString(1).equals(B.value()) ? "B" : "C") + " " + rs.getString(2)
                        + " " + rs.getInt(3) + " " + rs.getInt(4) + " " + rs.getString(5));
    }

    @Test
    void eventsAreStoredWithTheirBatchAndOnlyTheActiveBatchCountsForTheEvaluation() {
        String kind = "environmental_violation";
        environment("environment_2023.xlsx", "e1", List.of(facts(A, 2023, false, FactField.COD, "1"), facts(B, 2023, false, FactField.COD, "2")),
                List.of(new FileBatchWriter.EventRow(A, kind, 2), new FileBatchWriter.EventRow(B, kind, 0)));
        assertThat(events()).containsExactly("A environmental_violation 2 2023 ACTIVE", "B environmental_violation 0 2023 ACTIVE");
        var standings = new io.muyield.store.evaluation.StoredStandings(db).standings(2023);
        assertThat(standings.get(A).events()).isEqualTo(Map.of(kind, 2));
        assertThat(standings).as("a count of 0 is no event").doesNotContainKey(B);

        // the corrected file: A had none after all, C had one; the first batch's counts stay but no longer count
        environment("environment_2023_v2.xlsx", "e2", List.of(facts(A, 2023, false, FactField.COD, "1"), facts(C, 2023, false, FactField.COD, "3")),
                List.of(new FileBatchWriter.EventRow(A, kind, 0), new FileBatchWriter.EventRow(C, kind, 1)));
        assertThat(events()).containsExactly("A environmental_violation 2 2023 SUPERSEDED", "B environmental_violation 0 2023 SUPERSEDED",
                "A environmental_violation 0 2023 ACTIVE", "C environmental_violation 1 2023 ACTIVE");
        standings = new io.muyield.store.evaluation.StoredStandings(db).standings(2023);
        assertThat(standings).containsOnlyKeys(C);
        assertThat(standings.get(C).events()).isEqualTo(Map.of(kind, 1));
        assertThat(new io.muyield.store.evaluation.StoredStandings(db).standings(2022)).isEmpty();
    }

    @Test
    void anEventOfAnUnregisteredEnterpriseOrTwiceForOneEnterpriseRefusesTheBatch() {
        long before = new ImportBatchRepository(db).count();
        assertThatThrownBy(() -> environment("environment_2023.xlsx", "e1", List.of(facts(A, 2023, false, FactField.COD, "1")),
                List.of(new FileBatchWriter.EventRow(code("500112", 99), "environmental_violation", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
        assertThatThrownBy(() -> environment("environment_2023.xlsx", "e1", List.of(facts(A, 2023, false, FactField.COD, "1")),
                List.of(new FileBatchWriter.EventRow(A, "environmental_violation", 1), new FileBatchWriter.EventRow(A, "environmental_violation", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two environmental_violation counts");
        assertThat(new ImportBatchRepository(db).count()).isEqualTo(before);
        assertThat(events()).isEmpty();
    }
}
