package io.muyield.store.quality;

import io.muyield.core.fact.FactField;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stored data of a year is worth, from the database as it stands: per district how complete each field of
 * enterprise_year is, per source and district how many enterprises the source's ACTIVE batches cover, and per file
 * profile how many rows matched a registered enterprise (rows refused because no registered enterprise has the code
 * count as unmatched). Enterprise figures are read through the caller's scope ({@code e.} columns).
 */
public final class DataQualityRepository {

    /** Marker of the rejection reason "no registered enterprise has this credit code" (ingest SheetProcessor). */
    public static final String UNREGISTERED_REASON = "未在市场主体登记中";

    /** One district: enterprises with a year row, and per field how many have a value. */
    public record Completeness(String district, long enterprises, Map<FactField, Long> filled) {
        public Completeness {
            filled = Map.copyOf(filled);
        }
    }

    /** Enterprises of a district that an ACTIVE batch of the source reports a figure for. */
    public record SourceCoverage(String source, String district, long covered) {
    }

    /** Rows of a profile's ACTIVE batch that matched a registered enterprise, and those refused for matching none. */
    public record ProfileMatch(String profile, String source, long batchId, long accepted, long unregistered) {
    }

    private final Database database;

    public DataQualityRepository(Database database) {
        this.database = database;
    }

    public List<Completeness> completeness(int year, Condition scope) {
        StringBuilder sql = new StringBuilder("SELECT e.district_code, COUNT(*)");
        for (FactField f : FactField.values()) {
            sql.append(", COUNT(y.").append(f.column()).append(')');
        }
        sql.append(" FROM enterprise_year y JOIN enterprise e ON e.credit_code = y.credit_code WHERE y.year = ? AND (")
                .append(scope.sql()).append(") GROUP BY e.district_code ORDER BY e.district_code");
        List<Object> params = new ArrayList<>(List.of(year));
        params.addAll(scope.params());
        return database.jdbc().query(sql.toString(), (rs, n) -> {
            Map<FactField, Long> filled = new LinkedHashMap<>();
            int i = 3;
            for (FactField f : FactField.values()) {
                filled.put(f, rs.getLong(i++));
            }
            return new Completeness(rs.getString(1), rs.getLong(2), filled);
        }, params.toArray());
    }

    public List<SourceCoverage> coverage(int year, Condition scope) {
        List<Object> params = new ArrayList<>(List.of(year));
        params.addAll(scope.params());
        return database.jdbc().query("SELECT b.source, e.district_code, COUNT(DISTINCT f.credit_code) FROM fact f "
                        + "JOIN import_batch b ON b.id = f.batch_id JOIN enterprise e ON e.credit_code = f.credit_code "
                        + "WHERE f.year = ? AND b.status = 'ACTIVE' AND (" + scope.sql() + ") GROUP BY b.source, e.district_code "
                        + "ORDER BY b.source, e.district_code",
                (rs, n) -> new SourceCoverage(rs.getString(1), rs.getString(2), rs.getLong(3)), params.toArray());
    }

    public List<ProfileMatch> matches(int year) {
        return database.jdbc().query("SELECT b.profile, b.source, b.id, b.rows_accepted, (SELECT COUNT(*) FROM import_rejection r "
                        + "WHERE r.batch_id = b.id AND r.issues LIKE ?) FROM import_batch b WHERE b.year = ? AND b.status = 'ACTIVE' "
                        + "AND b.profile IS NOT NULL ORDER BY b.profile",
                (rs, n) -> new ProfileMatch(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                "%" + UNREGISTERED_REASON + "%", year);
    }

    /** Years with ACTIVE file batches, newest first. */
    public List<Integer> years() {
        return database.jdbc().queryForList("SELECT DISTINCT year FROM import_batch WHERE year IS NOT NULL AND status = 'ACTIVE' "
                + "ORDER BY year DESC", Integer.class);
    }
}
