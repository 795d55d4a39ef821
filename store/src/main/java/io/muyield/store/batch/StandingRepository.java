package io.muyield.store.batch;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.Database;
import io.muyield.store.query.Condition;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads an enterprise's tags and events of ACTIVE batches (tables enterprise_tag, enterprise_event_detail, and
 * enterprise_event for counts reported without detail rows, i.e. the environment file's 环境违法次数), with the batch and
 * file each came from; the caller's scope is a {@link Condition} on the enterprise row ({@code e.}).
 */
public final class StandingRepository {

    private final Database database;

    public StandingRepository(Database database) {
        this.database = database;
    }

    /** Newest year first; per year tags, then events by date. Empty outside the scope. */
    public List<StoredStanding> of(CreditCode code, Condition scope) {
        List<StoredStanding> out = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(code.value()));
        params.addAll(scope.params());
        String where = " WHERE b.status = 'ACTIVE' AND e.credit_code = ? AND (" + scope.sql() + ")";
        database.jdbc().query("SELECT t.year, t.tag, t.certificate, t.recognised_year, t.valid_until, t.batch_id, b.file_name "
                + "FROM enterprise_tag t JOIN import_batch b ON b.id = t.batch_id JOIN enterprise e ON e.credit_code = t.credit_code"
                + where, rs -> {
            String certificate = rs.getString(3);
            int recognised = rs.getInt(4);
            boolean hasRecognised = !rs.wasNull();
            Date until = rs.getDate(5);
            String detail = String.join("，", java.util.stream.Stream.of(certificate == null ? "" : certificate,
                    hasRecognised ? recognised + "年认定" : "", until == null ? "" : "有效期至" + until).filter(s -> !s.isEmpty()).toList());
            out.add(new StoredStanding(rs.getInt(1), StoredStanding.Kind.TAG, rs.getString(2), detail,
                    Optional.ofNullable(until).map(Date::toLocalDate), 1, rs.getLong(6), rs.getString(7)));
        }, params.toArray());
        database.jdbc().query("SELECT v.year, v.kind, v.detail, v.event_date, v.batch_id, b.file_name FROM enterprise_event_detail v "
                + "JOIN import_batch b ON b.id = v.batch_id JOIN enterprise e ON e.credit_code = v.credit_code" + where, rs -> {
            out.add(new StoredStanding(rs.getInt(1), StoredStanding.Kind.EVENT, rs.getString(2), rs.getString(3),
                    Optional.of(rs.getDate(4).toLocalDate()), 1, rs.getLong(5), rs.getString(6)));
        }, params.toArray());
        database.jdbc().query("SELECT v.year, v.kind, v.event_count, v.batch_id, b.file_name FROM enterprise_event v "
                + "JOIN import_batch b ON b.id = v.batch_id JOIN enterprise e ON e.credit_code = v.credit_code" + where
                + " AND v.event_count > 0 AND NOT EXISTS (SELECT 1 FROM enterprise_event_detail d WHERE d.batch_id = v.batch_id)", rs -> {
            out.add(new StoredStanding(rs.getInt(1), StoredStanding.Kind.EVENT, rs.getString(2), "", Optional.empty(), rs.getInt(3),
                    rs.getLong(4), rs.getString(5)));
        }, params.toArray());
        out.sort(Comparator.comparing(StoredStanding::year).reversed().thenComparing(StoredStanding::kind)
                .thenComparing(s -> s.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(StoredStanding::key));
        return List.copyOf(out);
    }
}
