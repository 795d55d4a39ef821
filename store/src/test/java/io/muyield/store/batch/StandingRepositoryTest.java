package io.muyield.store.batch;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.write.FieldPriority;
import io.muyield.store.write.FileBatchWriter;
import io.muyield.store.write.StandingWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An enterprise's tags and events of ACTIVE lists with their batches; a list naming an unregistered enterprise is refused. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class StandingRepositoryTest {

    private static final CreditCode A = code("500112", 31);
    private static final CreditCode B = code("500113", 32);

    @Parameter
    TestDatabase target;

    private Database db;
    private FileBatchWriter writer;

    @BeforeEach
    void clean() {
        db = target.database();
        target.clearFacts();
        writer = new FileBatchWriter(db, FieldPriority.of(Map.of(FactField.TAX, List.of(Source.TAX))));
        db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), "registration", "registration", 2023, "r.csv", "r", "clerk",
                        2, 2, 0, false), List.of(enterprise(A, "甲", "500112", null, null, "3411"), enterprise(B, "乙", "500113", null, null, "1311")),
                        List.of());
            }
        });
    }

    private long list(String profile, String file, List<StandingWriter.TagRow> tags, List<StandingWriter.EventDetailRow> details,
                      List<FileBatchWriter.EventRow> counts) {
        return db.inTransaction(() -> {
            try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                long id = open.finish(new FileBatchWriter.FileBatch(open.batchId(), profile, profile, 2023, file, file, "clerk",
                        1, 1, 0, false), List.of(), List.of(), List.of(), counts).batchId();
                new StandingWriter(db).write(id, 2023, file, tags, details);
                return id;
            }
        });
    }

    @Test
    void tagsAndEventsOfActiveListsWithTheirBatch() {
        list("high_tech", "old.csv", List.of(new StandingWriter.TagRow(A, "high_tech", "GR1", OptionalInt.empty(), Optional.empty(), 3)),
                List.of(), List.of());
        long tags = list("high_tech", "high_tech_2023.csv", List.of(new StandingWriter.TagRow(A, "high_tech", "GR202151000123",
                OptionalInt.of(2021), Optional.of(LocalDate.of(2024, 11, 29)), 3)), List.of(), List.of());
        long accidents = list("safety_accidents", "safety_2023.csv", List.of(),
                List.of(new StandingWriter.EventDetailRow(A, "safety_accident", LocalDate.of(2023, 6, 1), "一般事故，触电", 2)),
                List.of(new FileBatchWriter.EventRow(A, "safety_accident", 1)));
        long environment = list("environment", "environment_2023.xlsx", List.of(), List.of(),
                List.of(new FileBatchWriter.EventRow(A, "environmental_violation", 2), new FileBatchWriter.EventRow(B, "environmental_violation", 0)));

        List<StoredStanding> a = new StandingRepository(db).of(A, Condition.all());
        assertThat(a).extracting(s -> s.kind() + " " + s.key() + " " + s.detail() + " " + s.count() + " " + s.batchId() + " " + s.fileName())
                .containsExactly("TAG high_tech GR202151000123，2021年认定，有效期至2024-11-29 1 " + tags + " high_tech_2023.csv",
                        "EVENT environmental_violation  2 " + environment + " environment_2023.xlsx",
                        "EVENT safety_accident 一般事故，触电 1 " + accidents + " safety_2023.csv");
        assertThat(new StandingRepository(db).of(B, Condition.all())).as("a count of 0 is no event").isEmpty();
        assertThat(new StandingRepository(db).of(A, Condition.eq(Column.DISTRICT_CODE, "500113"))).as("outside the scope").isEmpty();
    }

    @Test
    void aListNamingAnUnregisteredEnterpriseIsRefused() {
        CreditCode stranger = code("500114", 99);
        assertThatThrownBy(() -> list("high_tech", "h.csv", List.of(new StandingWriter.TagRow(stranger, "high_tech", "", OptionalInt.empty(),
                Optional.empty(), 2)), List.of(), List.of())).hasMessageContaining("not registered");
        assertThatThrownBy(() -> list("high_tech", "h.csv", List.of(
                new StandingWriter.TagRow(A, "high_tech", "", OptionalInt.empty(), Optional.empty(), 2),
                new StandingWriter.TagRow(A, "high_tech", "", OptionalInt.empty(), Optional.empty(), 3)), List.of(), List.of()))
                .hasMessageContaining("two high_tech rows");
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM import_batch WHERE profile = 'high_tech'", Long.class)).isZero();
    }
}
