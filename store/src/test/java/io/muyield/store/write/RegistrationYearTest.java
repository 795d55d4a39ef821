package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.util.List;
import java.util.Map;

import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration is year-aware: an older year's file never overwrites what a newer year's registration says. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class RegistrationYearTest {

    private static final CreditCode A = code("500112", 21);
    private static final CreditCode B = code("500113", 22);

    @Parameter
    TestDatabase target;

    private Database db;
    private FileBatchWriter writer;

    @BeforeEach
    void clean() {
        db = target.database();
        target.clearFacts();
        writer = new FileBatchWriter(db, FieldPriority.of(Map.of(FactField.TAX, List.of(Source.TAX))));
    }

    private long registration(int year, String hash, List<Enterprise> enterprises) {
        return db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), "registration", "registration", year,
                        "registration_" + year + ".csv", hash, "clerk", enterprises.size(), enterprises.size(), 0, false), enterprises, List.of())
                        .batchId();
            }
        });
    }

    private Map<String, Object> row(CreditCode c) {
        return db.jdbc().queryForMap("SELECT name, district_code, batch_id FROM enterprise WHERE credit_code = ?", c.value());
    }

    @Test
    void anOlderYearImportedLastDoesNotOverwriteButAddsWhatIsNew() {
        long y2024 = registration(2024, "r24", List.of(enterprise(A, "甲科技（新名）", "500112", null, null, "3411")));
        long y2022 = registration(2022, "r22", List.of(enterprise(A, "甲科技（旧名）", "500113", null, null, "3411"),
                enterprise(B, "乙公司", "500113", null, null, "1311")));

        assertThat(row(A)).containsEntry("name", "甲科技（新名）").containsEntry("district_code", "500112").containsEntry("batch_id", y2024);
        assertThat(row(B)).as("an enterprise only the older file knows is added").containsEntry("batch_id", y2022);
    }

    @Test
    void theSameYearOrANewerOneOverwrites() {
        registration(2022, "r22", List.of(enterprise(A, "旧名", "500112", null, null, "3411")));
        long y2023 = registration(2023, "r23", List.of(enterprise(A, "新名", "500113", null, null, "3411")));
        assertThat(row(A)).containsEntry("name", "新名").containsEntry("batch_id", y2023);
        long corrected = registration(2023, "r23b", List.of(enterprise(A, "更正名", "500113", null, null, "3411")));
        assertThat(row(A)).as("a corrected file of the same year wins").containsEntry("name", "更正名").containsEntry("batch_id", corrected);
    }
}
