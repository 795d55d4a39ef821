package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;
import io.muyield.store.Database;
import io.muyield.store.batch.BatchStatus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Standings from what the store holds. Landlords come from the leases of ACTIVE land-lease batches of the data year
 * (table land_lease): a tenant renting from several landlords takes the one it rents the most area from (ties: the
 * smaller credit code), so the tenant-inherits-landlord rule (DOMAIN.md §4) has one deterministic landlord. Events
 * come from the ACTIVE batches of the data year (table enterprise_event, e.g. environmental_violation from the
 * environment file's 环境违法次数): an enterprise with a count above zero has the event with that count (two ACTIVE
 * batches reporting one kind: the larger count), so the scheme's vetoes on it apply. Tags (高新技术企业, 专精特新 …) and
 * the other events (safety accidents, dishonesty, penalties) have no stored source yet: none is applied, and the
 * run's note says so.
 */
public final class StoredStandings implements StandingSource {

    private final Database database;

    public StoredStandings(Database database) {
        this.database = database;
    }

    @Override
    public Map<CreditCode, EnterpriseStanding> standings(int year) {
        Map<CreditCode, CreditCode> landlords = new HashMap<>();
        database.jdbc().query("SELECT l.tenant, l.landlord, SUM(l.area_mu) AS area FROM land_lease l "
                        + "JOIN import_batch b ON b.id = l.batch_id WHERE l.year = ? AND b.status = ? AND l.tenant <> l.landlord "
                        + "GROUP BY l.tenant, l.landlord ORDER BY l.tenant, area DESC, l.landlord",
                rs -> {
                    CreditCode tenant = CreditCode.parse(rs.getString(1));
                    // rows come largest area first per tenant: the first landlord seen wins
                    landlords.putIfAbsent(tenant, CreditCode.parse(rs.getString(2)));
                }, year, BatchStatus.ACTIVE.name());
        Map<CreditCode, Map<String, Integer>> events = new HashMap<>();
        database.jdbc().query("SELECT v.credit_code, v.kind, MAX(v.event_count) FROM enterprise_event v "
                        + "JOIN import_batch b ON b.id = v.batch_id WHERE v.year = ? AND b.status = ? AND v.event_count > 0 "
                        + "GROUP BY v.credit_code, v.kind",
                rs -> {
                    events.computeIfAbsent(CreditCode.parse(rs.getString(1)), c -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, year, BatchStatus.ACTIVE.name());
        Map<CreditCode, EnterpriseStanding> out = new HashMap<>();
        Set<CreditCode> codes = new HashSet<>(landlords.keySet());
        codes.addAll(events.keySet());
        for (CreditCode code : codes) {
            out.put(code, new EnterpriseStanding(Set.of(), events.getOrDefault(code, Map.of()), Optional.ofNullable(landlords.get(code))));
        }
        return out;
    }

    @Override
    public String note() {
        return "landlords from the ACTIVE land-lease batches of the year (largest leased area); environmental violations from "
                + "the ACTIVE environment batches of the year (环境违法次数); tags and other events (safety accidents, dishonesty, "
                + "penalties) have no stored source yet: no bonus or deduction, and no veto on them, applied";
    }
}
