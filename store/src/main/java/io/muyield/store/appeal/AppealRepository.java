package io.muyield.store.appeal;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appeals, their steps and evidence. Every read joins the appeal's enterprise {@code e} and ANDs the caller's data
 * scope, so an appeal outside the scope is simply not found. Status changes are compare-and-set: a step applies only
 * to an appeal still in the status the step expects.
 */
public final class AppealRepository {

    private static final String SELECT = "SELECT a.id, a.credit_code, e.name, e.district_code, a.year, a.field, a.current_value, "
            + "a.claimed_value, a.reason, a.status, a.filed_by, a.filed_at, a.correction_batch, a.run_id FROM appeal a "
            + "JOIN enterprise e ON e.credit_code = a.credit_code WHERE ";
    private static final RowMapper<Appeal> ROW = (rs, i) -> new Appeal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getString(6), Optional.ofNullable(rs.getBigDecimal(7)), rs.getBigDecimal(8), rs.getString(9),
            AppealStatus.valueOf(rs.getString(10)), rs.getString(11), rs.getObject(12, LocalDateTime.class),
            rs.getObject(13) == null ? Optional.empty() : Optional.of(rs.getLong(13)),
            rs.getObject(14) == null ? Optional.empty() : Optional.of(rs.getLong(14)));

    private final Database database;
    private final JdbcTemplate jdbc;

    public AppealRepository(Database database) {
        this.database = database;
        this.jdbc = database.jdbc();
    }

    /** Files a new appeal against a fact with its evidence, all in one transaction; returns its id. */
    public long file(String creditCode, int year, String field, BigDecimal currentValue, BigDecimal claimedValue, String reason,
                     String filedBy, LocalDateTime at, List<NewEvidence> evidence) {
        return insert(creditCode, year, field, currentValue, claimedValue, null, reason, filedBy, at, evidence);
    }

    /** Files a new appeal against the enterprise's evaluation result in one run (of that run's year); returns its id. */
    public long fileAgainstResult(String creditCode, int year, long runId, String reason, String filedBy, LocalDateTime at, List<NewEvidence> evidence) {
        return insert(creditCode, year, Appeal.RESULT, null, null, runId, reason, filedBy, at, evidence);
    }

    private long insert(String creditCode, int year, String field, BigDecimal currentValue, BigDecimal claimedValue, Long runId, String reason,
                        String filedBy, LocalDateTime at, List<NewEvidence> evidence) {
        return database.inTransaction(() -> {
            Long id = jdbc.queryForObject("SELECT nextval('appeal_id_seq')", Long.class);
            jdbc.update("INSERT INTO appeal (id, credit_code, year, field, current_value, claimed_value, run_id, reason, status, filed_by, filed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, creditCode, year, field, currentValue, claimedValue, runId, reason,
                    AppealStatus.FILED.name(), filedBy, at);
            insertStep(id, AppealStatus.FILED, filedBy, at, reason);
            for (NewEvidence e : evidence) {
                Long eid = jdbc.queryForObject("SELECT nextval('appeal_evidence_id_seq')", Long.class);
                jdbc.update("INSERT INTO appeal_evidence (id, appeal_id, file_name, media_type, size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        eid, id, e.fileName(), e.mediaType(), (long) e.content().length, e.sha256(), e.content());
            }
            return id;
        });
    }

    /** A file to attach, already checked by the caller. */
    public record NewEvidence(String fileName, String mediaType, String sha256, byte[] content) {
    }

    public Optional<Appeal> find(long id, Condition scope) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(scope.params());
        return jdbc.query(SELECT + "a.id = ? AND (" + scope.sql() + ")", ROW, params.toArray()).stream().findFirst();
    }

    /** Appeals in the scope, newest first, optionally of one status. */
    public List<Appeal> list(Condition scope, Optional<AppealStatus> status) {
        List<Object> params = new ArrayList<>(scope.params());
        String where = "(" + scope.sql() + ")";
        if (status.isPresent()) {
            where += " AND a.status = ?";
            params.add(status.get().name());
        }
        return jdbc.query(SELECT + where + " ORDER BY a.id DESC", ROW, params.toArray());
    }

    public List<AppealStep> steps(long appealId) {
        return jdbc.query("SELECT position, action, actor, step_at, note FROM appeal_step WHERE appeal_id = ? ORDER BY position",
                (rs, i) -> new AppealStep(rs.getInt(1), AppealStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), Optional.ofNullable(rs.getString(5))), appealId);
    }

    public List<Evidence> evidence(long appealId) {
        return jdbc.query("SELECT id, appeal_id, file_name, media_type, size_bytes, sha256 FROM appeal_evidence WHERE appeal_id = ? ORDER BY id",
                (rs, i) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)), appealId);
    }

    /** One evidence file's bytes, if it belongs to this appeal (the caller has found the appeal in its scope first). */
    public Optional<byte[]> evidenceContent(long appealId, long evidenceId) {
        return jdbc.query("SELECT content FROM appeal_evidence WHERE id = ? AND appeal_id = ?", (rs, i) -> rs.getBytes(1), evidenceId, appealId)
                .stream().findFirst();
    }

    /**
     * Moves an appeal from one status to the next and records the step; false (and nothing changed) when the appeal
     * is not in {@code from} any more.
     */
    public boolean advance(long appealId, AppealStatus from, AppealStatus to, String actor, LocalDateTime at, String note,
                           Optional<Long> correctionBatch) {
        return database.inTransaction(() -> {
            int changed = jdbc.update("UPDATE appeal SET status = ?, correction_batch = ? WHERE id = ? AND status = ?", to.name(),
                    correctionBatch.orElse(null), appealId, from.name());
            if (changed != 1) {
                return false;
            }
            insertStep(appealId, to, actor, at, note);
            return true;
        });
    }

    /** Every stored fact of one enterprise in the scope, with its batch's source: newest year first, then field, then batch. */
    public List<SourcedFact> sourcedFacts(String creditCode, Condition scope) {
        List<Object> params = new ArrayList<>();
        params.add(creditCode);
        params.addAll(scope.params());
        return jdbc.query("SELECT f.year, f.field, f.value, f.batch_id, b.source, b.created_at, b.status "
                        + "FROM fact f JOIN import_batch b ON b.id = f.batch_id JOIN enterprise e ON e.credit_code = f.credit_code "
                        + "WHERE f.credit_code = ? AND (" + scope.sql() + ") ORDER BY f.year DESC, f.field, f.batch_id",
                (rs, i) -> new SourcedFact(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, LocalDateTime.class), rs.getString(7)),
                params.toArray());
    }

    private void insertStep(long appealId, AppealStatus action, String actor, LocalDateTime at, String note) {
        Integer next = jdbc.queryForObject("SELECT COALESCE(MAX(position), 0) + 1 FROM appeal_step WHERE appeal_id = ?", Integer.class, appealId);
        jdbc.update("INSERT INTO appeal_step (appeal_id, position, action, actor, step_at, note) VALUES (?, ?, ?, ?, ?, ?)", appealId, next, action.name(),
                actor, at, note);
    }
}
