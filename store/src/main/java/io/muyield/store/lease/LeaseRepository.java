package io.muyield.store.lease;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the leases of industrial land (table land_lease, written by imports of land_leases files). Only leases of ACTIVE
 * batches are in force; the evaluation reads them to let a tenant inherit its landlord's class where a scheme says so.
 * Scoped reads pass the user's scope, a {@link Condition} on the tenant's enterprise row ({@code e.}).
 */
public final class LeaseRepository {

    private static final String SELECT = "SELECT l.landlord, l.tenant, l.year, l.area_mu, l.lease_start, l.lease_end, l.batch_id, "
            + "l.source_row FROM land_lease l JOIN import_batch b ON b.id = l.batch_id JOIN enterprise e ON e.credit_code = l.tenant ";

    private final Database database;

    public LeaseRepository(Database database) {
        this.database = database;
    }

    /** The leases in force for a year (ACTIVE batches) whose tenant lies in the scope, by tenant then landlord. */
    public List<StoredLease> active(int year, Condition scope) {
        List<Object> params = new ArrayList<>(List.of(year));
        params.addAll(scope.params());
        return database.jdbc().query(SELECT + "WHERE b.status = 'ACTIVE' AND l.year = ? AND (" + scope.sql() + ") "
                + "ORDER BY l.tenant, l.landlord, l.source_row", (rs, n) -> map(rs), params.toArray());
    }

    /** Every lease a batch brought (whatever its status), in file order. */
    public List<StoredLease> ofBatch(long batchId, Condition scope) {
        List<Object> params = new ArrayList<>(List.of(batchId));
        params.addAll(scope.params());
        return database.jdbc().query(SELECT + "WHERE l.batch_id = ? AND (" + scope.sql() + ") ORDER BY l.source_row",
                (rs, n) -> map(rs), params.toArray());
    }

    private static StoredLease map(ResultSet rs) throws SQLException {
        Date start = rs.getDate("lease_start");
        Date end = rs.getDate("lease_end");
        return new StoredLease(new CreditCode(rs.getString("landlord")), new CreditCode(rs.getString("tenant")), rs.getInt("year"),
                rs.getBigDecimal("area_mu").stripTrailingZeros(), Optional.ofNullable(start).map(Date::toLocalDate),
                Optional.ofNullable(end).map(Date::toLocalDate), rs.getLong("batch_id"), rs.getInt("source_row"));
    }
}
