package io.muyield.store.write;

import io.muyield.core.fact.FactField;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that fuses the long-form facts of a batch's (credit code, year) keys into {@code enterprise_year}: per
 * field the value of the latest ACTIVE batch, with that batch's id beside it; land used = own + leased. Built once
 * from {@link FactField} (a closed set), bound with the batch id only. Portable to DuckDB and PostgreSQL.
 */
final class EnterpriseYearRefresh {

    static final String ABOVE_SCALE = "above_scale";

    private EnterpriseYearRefresh() {
    }

    static String sql() {
        List<String> pivot = new ArrayList<>();
        pivot.add(pivot(ABOVE_SCALE, "value", "above_scale_value"));
        pivot.add(pivot(ABOVE_SCALE, "batch_id", "above_scale_batch"));
        List<String> targets = new ArrayList<>(List.of("credit_code", "year", "above_scale", "above_scale_batch"));
        List<String> selects = new ArrayList<>(List.of("p.credit_code", "p.year", "COALESCE(p.above_scale_value > 0, FALSE)",
                "p.above_scale_batch"));
        for (FactField f : FactField.values()) {
            pivot.add(pivot(f.column(), "value", f.column()));
            pivot.add(pivot(f.column(), "batch_id", f.column() + "_batch"));
            targets.add(f.column());
            targets.add(f.column() + "_batch");
            selects.add("p." + f.column());
            selects.add("p." + f.column() + "_batch");
        }
        targets.add("land_used_mu");
        String owned = "p." + FactField.LAND_OWNED.column();
        String leased = "p." + FactField.LAND_LEASED.column();
        selects.add("CASE WHEN " + owned + " IS NULL AND " + leased + " IS NULL THEN NULL ELSE COALESCE(" + owned
                + ", 0) + COALESCE(" + leased + ", 0) END");
        String updates = targets.stream().skip(2).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO enterprise_year (" + String.join(", ", targets) + ") SELECT " + String.join(", ", selects)
                + " FROM (SELECT l.credit_code, l.year, " + String.join(", ", pivot)
                + " FROM (SELECT f.credit_code, f.year, f.field, f.value, f.batch_id, ROW_NUMBER() OVER "
                + "(PARTITION BY f.credit_code, f.year, f.field ORDER BY f.batch_id DESC) AS rn"
                + " FROM fact f JOIN import_batch b ON b.id = f.batch_id WHERE b.status = 'ACTIVE'"
                + " AND EXISTS (SELECT 1 FROM fact k WHERE k.batch_id = ? AND k.credit_code = f.credit_code AND k.year = f.year)) l"
                + " WHERE l.rn = 1 GROUP BY l.credit_code, l.year) p"
                + " ON CONFLICT (credit_code, year) DO UPDATE SET " + updates;
    }

    private static String pivot(String field, String column, String alias) {
        return "MAX(CASE WHEN l.field = '" + field + "' THEN l." + column + " END) AS " + alias;
    }
}
