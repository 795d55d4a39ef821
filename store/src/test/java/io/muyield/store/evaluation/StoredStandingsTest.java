package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;
import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static io.muyield.store.Fixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class StoredStandingsTest {

    private static final CreditCode TENANT = code("500112", 11);
    private static final CreditCode SMALL_LANDLORD = code("500112", 12);
    private static final CreditCode BIG_LANDLORD = code("500112", 13);
    private static final CreditCode OLD_LANDLORD = code("500112", 14);
    private static final CreditCode OTHER_TENANT = code("500112", 15);

    @Parameter
    TestDatabase target;

    @BeforeEach
    void clean() {
        target.clearFacts();
    }

    @Test
    void aTenantTakesTheLandlordItRentsMostFromInActiveBatchesOfTheYear() {
        batch(1, "SUPERSEDED");
        batch(2, "ACTIVE");
        lease(1, 2023, OLD_LANDLORD, TENANT, "90");          // superseded: ignored
        lease(2, 2023, SMALL_LANDLORD, TENANT, "4");
        lease(2, 2023, BIG_LANDLORD, TENANT, "3");
        lease(2, 2023, BIG_LANDLORD, TENANT, "2.5");          // two parcels from the big landlord: 5.5 mu in all
        lease(2, 2023, SMALL_LANDLORD, OTHER_TENANT, "1");
        lease(2, 2022, OLD_LANDLORD, OTHER_TENANT, "7");      // another year: ignored

        Map<CreditCode, EnterpriseStanding> standings = new StoredStandings(target.database()).standings(2023);

        assertThat(standings).hasSize(2);
        assertThat(standings.get(TENANT).landlord()).isEqualTo(Optional.of(BIG_LANDLORD));
        assertThat(standings.get(OTHER_TENANT).landlord()).isEqualTo(Optional.of(SMALL_LANDLORD));
        assertThat(standings.get(TENANT).tags()).isEmpty();
        assertThat(new StoredStandings(target.database()).standings(2021)).isEmpty();
    }

    @Test
    void equalAreasGoToTheSmallerCreditCode() {
        batch(3, "ACTIVE");
        lease(3, 2024, BIG_LANDLORD, TENANT, "2");
        lease(3, 2024, SMALL_LANDLORD, TENANT, "2");
        CreditCode smaller = SMALL_LANDLORD.value().compareTo(BIG_LANDLORD.value()) < 0 ? SMALL_LANDLORD : BIG_LANDLORD;
        assertThat(new StoredStandings(target.database()).standings(2024).get(TENANT).landlord()).contains(smaller);
    }

    @Test
    void eventsOfActiveBatchesOfTheYearWithACountAboveZero() {
        batch(4, "SUPERSEDED");
        batch(5, "ACTIVE");
        event(4, 2023, OTHER_TENANT, 3);     // superseded: ignored
        event(5, 2023, TENANT, 2);
        event(5, 2023, OLD_LANDLORD, 0);     // reported none
        event(5, 2022, SMALL_LANDLORD, 1);   // another year
        lease(5, 2023, BIG_LANDLORD, TENANT, "1");

        Map<CreditCode, EnterpriseStanding> standings = new StoredStandings(target.database()).standings(2023);

        assertThat(standings).containsOnlyKeys(TENANT);
        assertThat(standings.get(TENANT).events()).isEqualTo(Map.of("environmental_violation", 2));
        assertThat(standings.get(TENANT).landlord()).contains(BIG_LANDLORD);
        assertThat(new StoredStandings(target.database()).standings(2022).get(SMALL_LANDLORD).events())
                .isEqualTo(Map.of("environmental_violation", 1));
        assertThat(new StoredStandings(target.database()).note()).contains("环境违法次数 of the environment file");
    }

    @Test
    void tagsOfActiveListsOfTheYearAndTheBatchTheyCameFrom() {
        batch(6, "SUPERSEDED");
        batch(7, "ACTIVE");
        tag(6, 2023, OTHER_TENANT, "high_tech");       // superseded list: ignored
        tag(7, 2023, TENANT, "high_tech");
        tag(7, 2023, TENANT, "little_giant");
        tag(7, 2022, SMALL_LANDLORD, "specialised");   // another year

        StoredStandings stored = new StoredStandings(target.database());
        Map<CreditCode, EnterpriseStanding> standings = stored.standings(2023);

        assertThat(standings).containsOnlyKeys(TENANT);
        assertThat(standings.get(TENANT).tags()).containsExactlyInAnyOrder("high_tech", "little_giant");
        assertThat(standings.get(TENANT).events()).isEmpty();
        assertThat(stored.standings(2022).get(SMALL_LANDLORD).tags()).containsExactly("specialised");
        assertThat(stored.note(2023)).contains("tag high_tech (1) from batch 7 (leases.csv)", "tag little_giant (1) from batch 7")
                .doesNotContain("batch 6");
        assertThat(stored.note(2021)).endsWith("none stored for 2021");
    }

    private void tag(long batch, int year, CreditCode code, String tag) {
        target.database().jdbc().update("INSERT INTO enterprise_tag (batch_id, year, credit_code, tag, source_row) VALUES (?, ?, ?, ?, 2)",
                batch, year, code.value(), tag);
    }

    private void event(long batch, int year, CreditCode code, int count) {
        target.database().jdbc().update("INSERT INTO enterprise_event (batch_id, year, credit_code, kind, event_count) VALUES (?, ?, ?, ?, ?)",
                batch, year, code.value(), "environmental_violation", count);
    }

    private void batch(long id, String status) {
        target.database().jdbc().update("INSERT INTO import_batch (id, source, year, file_name, file_hash, created_at, created_by, "
                        + "rows_read, rows_accepted, rows_rejected, status, superseded_by, profile) VALUES (?, 'land', 2023, 'leases.csv', ?, ?, "
                        + "'test', 1, 1, 0, ?, NULL, 'land_leases')",
                id, "hash" + id, LocalDateTime.of(2024, 3, 1, 9, 0), status);
    }

    private void lease(long batch, int year, CreditCode landlord, CreditCode tenant, String mu) {
        target.database().jdbc().update("INSERT INTO land_lease (batch_id, year, landlord, tenant, area_mu, lease_start, lease_end, source_row) "
                + "VALUES (?, ?, ?, ?, ?, NULL, NULL, 1)", batch, year, landlord.value(), tenant.value(), new BigDecimal(mu));
    }
}
