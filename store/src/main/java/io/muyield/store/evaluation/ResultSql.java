package io.muyield.store.evaluation;

import io.muyield.store.query.Condition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL the readers of a run's results share: results joined to the register ({@code enterprise e}, by credit code)
 * and the WHERE clause that takes the run, the filter and the caller's data scope.
 */
final class ResultSql {

    static final String FROM = " FROM evaluation_result r LEFT JOIN enterprise e ON e.credit_code = r.credit_code WHERE r.run_id = ? AND ";

    private ResultSql() {
    }

    /** The filter and the scope ANDed, their parameters (the run first) added to {@code params}. */
    static String where(long runId, ResultFilter filter, Condition scope, List<Object> params) {
        params.add(runId);
        String f = filter.sql(params);
        params.addAll(scope.params());
        return "(" + f + ") AND (" + scope.sql() + ")";
    }

    /** A DOUBLE PRECISION column; NULL is NaN. */
    static double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
