package io.muyield.store.cluster;

import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;
import io.muyield.store.query.Condition;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** One of the largest enterprises of a group in a year, with the facts its rank comes from (万元, 亩). */
public record TopEnterprise(String creditCode, String name, String districtCode, String industryCode, boolean aboveScale,
                            Optional<BigDecimal> output, Optional<BigDecimal> revenue, Optional<BigDecimal> valueAdded,
                            Optional<BigDecimal> tax, Optional<BigDecimal> landMu) {

    /**
     * The largest enterprise-years matching {@code where} (a condition over e. and y. columns, scope included):
     * 规上 first, then by output (or by revenue when {@code byOutput} is false), at most 100.
     */
    public static List<TopEnterprise> query(Database database, Condition where, boolean byOutput, int limit) {
        String order = byOutput ? "y.output" : "y.revenue";
        String sql = "SELECT e.credit_code, e.name, e.district_code, e.industry_code, y.above_scale, y.output, y.revenue, "
                + "y.value_added, y.tax, y.land_used_mu FROM enterprise e JOIN enterprise_year y ON y.credit_code = e.credit_code WHERE "
                + where.sql() + " ORDER BY CASE WHEN y.above_scale THEN 0 ELSE 1 END, " + order + " DESC NULLS LAST, e.credit_code LIMIT "
                + Math.max(1, Math.min(limit, 100));
        return database.jdbc().query(sql, (rs, n) -> new TopEnterprise(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBoolean(5), amount(rs, 6), amount(rs, 7), amount(rs, 8), amount(rs, 9), amount(rs, 10)),
                where.params().toArray());
    }

    private static Optional<BigDecimal> amount(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(StoredDecimal.fromColumn(rs.getBigDecimal(column)));
    }
}
