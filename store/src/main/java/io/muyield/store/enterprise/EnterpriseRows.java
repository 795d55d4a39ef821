package io.muyield.store.enterprise;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.StoredDecimal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Maps rows of {@code enterprise} and {@code enterprise_year} to the core records. */
final class EnterpriseRows {

    static final String ENTERPRISE_COLUMNS =
            "e.credit_code, e.name, e.district_code, e.zone_code, e.park_code, e.industry_code, e.founded, e.status";

    private EnterpriseRows() {
    }

    static Enterprise enterprise(ResultSet rs) throws SQLException {
        Date founded = rs.getDate("founded");
        return new Enterprise(new CreditCode(rs.getString("credit_code")), rs.getString("name"), rs.getString("district_code"),
                Optional.ofNullable(rs.getString("zone_code")), Optional.ofNullable(rs.getString("park_code")),
                new IndustryCode(rs.getString("industry_code")), founded.toLocalDate(), EnterpriseStatus.valueOf(rs.getString("status")));
    }

    static YearlyFacts yearlyFacts(ResultSet rs) throws SQLException {
        Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
        for (FactField field : FactField.values()) {
            BigDecimal value = rs.getBigDecimal(field.column());
            if (value != null) {
                values.put(field, new FactValue(StoredDecimal.fromColumn(value), rs.getLong(field.column() + "_batch")));
            }
        }
        return new YearlyFacts(new CreditCode(rs.getString("credit_code")), rs.getInt("year"), rs.getBoolean("above_scale"), values);
    }
}
