package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;
import io.muyield.store.Database;
import io.muyield.store.batch.BatchStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Standings from what the store holds. Landlords come from the leases of ACTIVE land-lease batches of the data year
 * (table land_lease): a tenant renting from several landlords takes the one it rents the most area from (ties: the
 * smaller credit code), so the tenant-inherits-landlord rule (DOMAIN.md §4) has one deterministic landlord. Tags
 * (高新技术企业, 专精特新 …) and events (accidents, violations, dishonesty) have no stored source yet: none is applied,
 * and the run's note says so.
 */
public final class StoredStandings implements StandingSource {

    private final Database database;

    public StoredStandings(Database database) {
        this.database = database;
    }

    @Override
    public Map<CreditCode, EnterpriseStanding> standings(int year) {
        Map<CreditCode, EnterpriseStanding> out = new HashMap<>();
        database.jdbc().query("SELECT l.tenant, l.landlord, SUM(l.area_mu) AS area FROM land_lease l "
                        + "JOIN import_batch b ON b.id = l.batch_id WHERE l.year = ? AND b.status = ? AND l.tenant <> l.landlord "
                        + "GROUP BY l.tenant, l.landlord ORDER BY l.tenant, area DESC, l.landlord",
                rs -> {
                    CreditCode tenant = CreditCode.parse(rs.getString(1));
                    // rows come largest area first per tenant: the first landlord seen wins
                    out.putIfAbsent(tenant, new EnterpriseStanding(Set.of(), Map.of(), Optional.of(CreditCode.parse(rs.getString(2)))));
                }, year, BatchStatus.ACTIVE.name());
        return out;
    }

    @Override
    public String note() {
        return "landlords from the ACTIVE land-lease batches of the year (largest leased area); tags and events have no "
                + "stored source yet: no bonus, deduction or veto applied";
    }
}
