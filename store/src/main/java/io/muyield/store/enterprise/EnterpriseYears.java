package io.muyield.store.enterprise;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;

import java.util.function.BiConsumer;

/** Streams every enterprise that has a fused record for a year, with that record (the input of an evaluation run). */
public final class EnterpriseYears {

    private final Database database;

    public EnterpriseYears(Database database) {
        this.database = database;
    }

    /** Each enterprise with facts in the year and its facts, in credit code order. */
    public void forEach(int year, BiConsumer<Enterprise, YearlyFacts> sink) {
        database.jdbc().query(con -> {
            var ps = con.prepareStatement("SELECT " + EnterpriseRows.ENTERPRISE_COLUMNS + ", y.* FROM enterprise_year y "
                    + "JOIN enterprise e ON e.credit_code = y.credit_code WHERE y.year = ? ORDER BY e.credit_code");
            ps.setFetchSize(5000);
            ps.setInt(1, year);
            return ps;
        }, rs -> {
            sink.accept(EnterpriseRows.enterprise(rs), EnterpriseRows.yearlyFacts(rs));
        });
    }
}
