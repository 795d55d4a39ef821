package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Unit;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import io.muyield.store.batch.BatchStatus;
import io.muyield.store.batch.ImportBatch;
import io.muyield.store.batch.ImportBatchRepository;
import io.muyield.store.enterprise.EnterpriseRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class FactBatchWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:30:00Z"), ZoneOffset.UTC);
    private static final CreditCode A = code("500112", 1);
    private static final CreditCode B = code("500113", 2);

    @Parameter
    TestDatabase target;

    private Database db;

    @BeforeEach
    void clean() {
        db = target.database();
        target.clearFacts();
    }

    private List<Enterprise> enterprises() {
        return List.of(enterprise(A, "重庆甲机械有限公司", "500112", "CQ-LJXQ", null, "3411"),
                enterprise(B, "重庆乙食品有限公司", "500113", null, null, "1311"));
    }

    private List<YearlyFacts> facts2023() {
        return List.of(facts(A, 2023, true, FactField.TAX, "240", FactField.VALUE_ADDED, "3000.5", FactField.LAND_OWNED, "15",
                        FactField.LAND_LEASED, "5"),
                facts(B, 2023, false, FactField.TAX, "12.345678"));
    }

    @Test
    void writesEnterprisesLongFormFactsAndTheFusedYear() {
        WrittenBatch written = new FactBatchWriter(db, CLOCK, s -> { })
                .write(BatchDescription.of("demo", "tester").withFile("facts_2023.csv", "abc123"), enterprises(), facts2023());
        assertThat(written.enterprises()).isEqualTo(2);
        assertThat(written.yearlyRecords()).isEqualTo(2);
        assertThat(written.facts()).isEqualTo(2 + 5);

        EnterpriseRepository repository = new EnterpriseRepository(db);
        assertThat(repository.find(A)).contains(enterprises().get(0));
        List<YearlyFacts> years = repository.yearlyFacts(A);
        assertThat(years).hasSize(1);
        YearlyFacts y = years.get(0);
        assertThat(y.aboveScale()).isTrue();
        assertThat(y.get(FactField.TAX)).contains(new BigDecimal("240"));
        assertThat(y.get(FactField.VALUE_ADDED)).contains(new BigDecimal("3000.5"));
        assertThat(y.landUsedMu()).contains(new BigDecimal("20"));
        assertThat(y.get(FactField.OUTPUT)).isEmpty();
        assertThat(y.values().values()).allSatisfy(v -> assertThat(v.batchId()).isEqualTo(written.batchId()));
        assertThat(db.jdbc().queryForObject("SELECT land_used_mu FROM enterprise_year WHERE credit_code = ?", BigDecimal.class, A.value()))
                .isEqualByComparingTo("20");
        assertThat(repository.yearlyFacts(B).get(0).get(FactField.TAX)).contains(new BigDecimal("12.345678"));
        assertThat(repository.yearlyFacts(B).get(0).landUsedMu()).isEmpty();

        ImportBatch batch = new ImportBatchRepository(db).find(written.batchId()).orElseThrow();
        assertThat(batch.source()).isEqualTo("demo");
        assertThat(batch.fileName()).contains("facts_2023.csv");
        assertThat(batch.fileHash()).contains("abc123");
        assertThat(batch.createdAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 30));
        assertThat(batch.status()).isEqualTo(BatchStatus.ACTIVE);
        assertThat(batch.rowsRead()).isEqualTo(2);
        assertThat(batch.rowsAccepted()).isEqualTo(2);
        assertThat(batch.supersededBy()).isEmpty();
    }

    @Test
    void aLaterBatchUpdatesOnlyTheFieldsItReportsAndTheEnterprisesItNames() {
        FactBatchWriter writer = new FactBatchWriter(db);
        long first = writer.write(BatchDescription.of("demo", "tester"), enterprises(), facts2023()).batchId();
        Enterprise renamed = enterprise(A, "重庆甲智能装备有限公司", "500112", "CQ-LJXQ", null, "3411");
        long second = writer.write(BatchDescription.of("tax", "tester").withYear(2023).withoutScaleFlag().withRows(10, 1, 9),
                List.of(renamed), List.of(facts(A, 2023, false, FactField.TAX, "250"))).batchId();
        assertThat(second).isGreaterThan(first);

        YearlyFacts y = new EnterpriseRepository(db).yearlyFacts(A).get(0);
        assertThat(y.aboveScale()).as("the tax batch does not carry the 规上 flag").isTrue();
        assertThat(y.get(FactField.TAX)).contains(new BigDecimal("250"));
        assertThat(y.values().get(FactField.TAX).batchId()).isEqualTo(second);
        assertThat(y.values().get(FactField.VALUE_ADDED).batchId()).isEqualTo(first);
        assertThat(new EnterpriseRepository(db).find(A).orElseThrow().name()).isEqualTo("重庆甲智能装备有限公司");
        assertThat(new EnterpriseRepository(db).find(B).orElseThrow().name()).isEqualTo("重庆乙食品有限公司");
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM fact WHERE credit_code = ? AND field = 'tax'", Integer.class, A.value()))
                .as("the long form keeps both deliveries").isEqualTo(2);
        ImportBatch tax = new ImportBatchRepository(db).find(second).orElseThrow();
        assertThat(tax.year()).contains(2023);
        assertThat(List.of(tax.rowsRead(), tax.rowsAccepted(), tax.rowsRejected())).containsExactly(10L, 1L, 9L);
        assertThat(new ImportBatchRepository(db).all()).extracting(ImportBatch::id).containsExactly(second, first);
    }

    @Test
    void keepsTheValueAsReportedBesideTheCanonicalOne() {
        ReportedQuantities reported = (enterprise, year, field) -> field == FactField.LAND_OWNED
                ? Optional.of(Quantity.of("10000", Unit.SQUARE_METRE)) : Optional.empty();
        new FactBatchWriter(db).write(BatchDescription.of("land", "tester"), enterprises(),
                List.of(facts(A, 2023, true, FactField.LAND_OWNED, "15", FactField.TAX, "1")), reported);
        Map<String, Object> land = db.jdbc().queryForMap("SELECT value, reported_value, reported_unit FROM fact WHERE field = 'land_owned'");
        assertThat((BigDecimal) land.get("value")).isEqualByComparingTo("15");
        assertThat((BigDecimal) land.get("reported_value")).isEqualByComparingTo("10000");
        assertThat(land.get("reported_unit")).isEqualTo("SQUARE_METRE");
        Map<String, Object> tax = db.jdbc().queryForMap("SELECT reported_value, reported_unit FROM fact WHERE field = 'tax'");
        assertThat((BigDecimal) tax.get("reported_value")).isEqualByComparingTo("1");
        assertThat(tax.get("reported_unit")).isEqualTo("WAN_YUAN");
        assertThatThrownBy(() -> new FactBatchWriter(db).write(BatchDescription.of("land", "tester"), enterprises(),
                List.of(facts(A, 2024, true, FactField.LAND_OWNED, "15")),
                (e, y, f) -> Optional.of(Quantity.of("1", Unit.KWH)))).hasMessageContaining("land_owned");
    }

    @Test
    void aFailureAtAnyStepLeavesNothingBehind() {
        for (String step : List.of("batch", "enterprises", "stage", "facts", "refresh")) {
            FactBatchWriter failing = new FactBatchWriter(db, CLOCK, s -> {
                if (s.equals(step)) {
                    throw new IllegalStateException("injected failure after " + s);
                }
            });
            assertThatThrownBy(() -> failing.write(BatchDescription.of("demo", "tester"), enterprises(), facts2023()))
                    .hasMessage("injected failure after " + step);
            assertNothingStored();
        }
        assertThatThrownBy(() -> new FactBatchWriter(db).write(BatchDescription.of("demo", "tester"), enterprises().subList(0, 1), facts2023()))
                .hasMessageContaining("belong to no known enterprise").hasMessageContaining(B.value());
        assertNothingStored();
        assertThatThrownBy(() -> new FactBatchWriter(db).write(BatchDescription.of("demo", "tester"), enterprises(),
                List.of(facts(A, 2023, true, FactField.TAX, "1e20")))).hasMessageContaining("DECIMAL(24, 6)");
        assertNothingStored();
        Enterprise nowhere = enterprise(code("500999", 9), "无处公司", "500999", "CQ-XX", "CQ-P-NONE", "1310");
        assertThatThrownBy(() -> new FactBatchWriter(db).write(BatchDescription.of("demo", "tester"), List.of(nowhere), List.of()))
                .hasMessageContaining("unknown district 500999, unknown zone CQ-XX, unknown park CQ-P-NONE, unknown 小类 industry code 1310");
        assertNothingStored();
    }

    @Test
    void aFailureMidBatchKeepsWhatEarlierBatchesWrote() {
        long first = new FactBatchWriter(db).write(BatchDescription.of("demo", "tester"), enterprises(), facts2023()).batchId();
        FactBatchWriter failing = new FactBatchWriter(db, CLOCK, s -> {
            if (s.equals("facts")) {
                throw new IllegalStateException("disk full");
            }
        });
        Enterprise renamed = enterprise(A, "改名", "500112", null, null, "3411");
        assertThatThrownBy(() -> failing.write(BatchDescription.of("tax", "tester"), List.of(renamed),
                List.of(facts(A, 2023, true, FactField.TAX, "999")))).hasMessage("disk full");
        assertThat(new EnterpriseRepository(db).find(A).orElseThrow().name()).isEqualTo("重庆甲机械有限公司");
        assertThat(new EnterpriseRepository(db).yearlyFacts(A).get(0).values().get(FactField.TAX).batchId()).isEqualTo(first);
        assertThat(new ImportBatchRepository(db).all()).hasSize(1);
        assertThat(count("fact")).isEqualTo(7);
    }

    @Test
    void theFastMergeAgreesWithARecomputationFromAllActiveBatches() {
        FactBatchWriter writer = new FactBatchWriter(db);
        long first = writer.write(BatchDescription.of("demo", "t"), enterprises(), facts2023()).batchId();
        long tax = writer.write(BatchDescription.of("tax", "t").withoutScaleFlag(), List.of(),
                List.of(facts(A, 2023, false, FactField.TAX, "250"), facts(B, 2024, true, FactField.TAX, "3"))).batchId();
        long land = writer.write(BatchDescription.of("land", "t"), List.of(),
                List.of(facts(A, 2023, false, FactField.LAND_LEASED, "7"), facts(A, 2024, true, FactField.LAND_OWNED, "1.5"))).batchId();
        String all = "SELECT * FROM enterprise_year ORDER BY credit_code, year";
        List<Map<String, Object>> merged = db.jdbc().queryForList(all);
        assertThat(merged).hasSize(4);
        YearlyFacts a2023 = new EnterpriseRepository(db).yearlyFacts(A).get(0);
        assertThat(a2023.aboveScale()).as("the land batch says 规下 now").isFalse();
        assertThat(a2023.landUsedMu()).contains(new BigDecimal("22"));
        assertThat(a2023.values().get(FactField.TAX).batchId()).isEqualTo(tax);
        assertThat(a2023.values().get(FactField.LAND_LEASED).batchId()).isEqualTo(land);
        assertThat(new EnterpriseRepository(db).yearlyFacts(B).get(1).aboveScale()).as("no flag carried: 规下 by default").isFalse();

        db.jdbc().update("DELETE FROM enterprise_year");
        for (long batch : List.of(first, tax, land)) {
            db.jdbc().update(EnterpriseYearRefresh.recompute(), batch);
        }
        assertThat(db.jdbc().queryForList(all)).isEqualTo(merged);
    }

    @Test
    void refusesDuplicatesInOneBatch() {
        FactBatchWriter writer = new FactBatchWriter(db);
        assertThatThrownBy(() -> writer.write(BatchDescription.of("demo", "t"), List.of(enterprises().get(0), enterprises().get(0)), List.of()))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> writer.write(BatchDescription.of("demo", "t"), enterprises(),
                List.of(facts(A, 2023, true), facts(A, 2023, false)))).hasMessageContaining("two records for 2023");
        assertNothingStored();
    }

    @Test
    void aRegistrationOnlyBatchWritesEnterprisesWithoutYears() {
        WrittenBatch w = new FactBatchWriter(db).write(BatchDescription.of("registration", "t"), enterprises(), List.of());
        assertThat(w.facts()).isZero();
        assertThat(count("enterprise")).isEqualTo(2);
        assertThat(count("enterprise_year")).isZero();
        assertThat(db.jdbc().queryForObject("SELECT batch_id FROM enterprise WHERE credit_code = ?", Long.class, A.value())).isEqualTo(w.batchId());
    }

    private void assertNothingStored() {
        for (String table : List.of("import_batch", "enterprise", "fact", "enterprise_year")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    private long count(String table) {
        return db.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
