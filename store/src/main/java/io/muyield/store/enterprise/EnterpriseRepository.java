package io.muyield.store.enterprise;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads enterprises and their fused yearly facts. Every method has a variant taking the caller's data scope as a
 * {@link Condition} over {@code enterprise e}, ANDed into the query; the variants without it read everything.
 */
public final class EnterpriseRepository {

    /** The largest page size served. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final Database database;

    public EnterpriseRepository(Database database) {
        this.database = database;
    }

    public EnterprisePage page(EnterpriseQuery query, int page, int size) {
        return page(query, Condition.all(), page, size);
    }

    /** One page (from 0) of the enterprises that match the query within the scope, ordered by credit code. */
    public EnterprisePage page(EnterpriseQuery query, Condition scope, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be ≥ 0 and size 1–" + MAX_PAGE_SIZE + ", got page " + page + " size " + size);
        }
        Condition where = query.toCondition().and(scope);
        Long total = database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise e WHERE " + where.sql(), Long.class,
                where.params().toArray());
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) page * size);
        List<Enterprise> items = database.jdbc().query("SELECT " + EnterpriseRows.ENTERPRISE_COLUMNS + " FROM enterprise e WHERE "
                + where.sql() + " ORDER BY e.credit_code LIMIT ? OFFSET ?", (rs, n) -> EnterpriseRows.enterprise(rs), params.toArray());
        return new EnterprisePage(items, total == null ? 0 : total, page, size);
    }

    public Optional<Enterprise> find(CreditCode code) {
        return find(code, Condition.all());
    }

    /** The enterprise, if it exists and lies within the scope. */
    public Optional<Enterprise> find(CreditCode code, Condition scope) {
        Condition where = Condition.eq(Column.CREDIT_CODE, code.value()).and(scope);
        return database.jdbc().query("SELECT " + EnterpriseRows.ENTERPRISE_COLUMNS + " FROM enterprise e WHERE " + where.sql(),
                (rs, n) -> EnterpriseRows.enterprise(rs), where.params().toArray()).stream().findFirst();
    }

    public List<YearlyFacts> yearlyFacts(CreditCode code) {
        return yearlyFacts(code, Condition.all());
    }

    /** The enterprise's fused facts, one record per year in year order, each value with the batch it came from. */
    public List<YearlyFacts> yearlyFacts(CreditCode code, Condition scope) {
        Condition where = Condition.eq(Column.CREDIT_CODE, code.value()).and(scope);
        return database.jdbc().query("SELECT y.* FROM enterprise_year y JOIN enterprise e ON e.credit_code = y.credit_code WHERE "
                + where.sql() + " ORDER BY y.year", (rs, n) -> EnterpriseRows.yearlyFacts(rs), where.params().toArray());
    }

    /** How many enterprises the scope holds. */
    public long count(Condition scope) {
        Long n = database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise e WHERE " + scope.sql(), Long.class, scope.params().toArray());
        return n == null ? 0 : n;
    }
}
