package io.muyield.store.evaluation;

import io.muyield.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The publication state of stored runs (table {@code run_publication}) and every move (table {@code run_publication_step}).
 * The run rows are never touched. A run without a row is DRAFT. A move is compare-and-set on the state it starts from,
 * so two administrators cannot both move a run from the same state.
 */
public final class PublicationRepository {

    private final Database database;
    private final JdbcTemplate jdbc;

    public PublicationRepository(Database database) {
        this.database = database;
        this.jdbc = database.jdbc();
    }

    public Publication of(long runId) {
        return jdbc.query("SELECT state, notice_end, changed_by, changed_at FROM run_publication WHERE run_id = ?",
                (rs, i) -> new Publication(runId, PublicationState.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getObject(2, LocalDate.class)), Optional.of(rs.getString(3)),
                        Optional.of(rs.getObject(4, LocalDateTime.class))), runId).stream().findFirst()
                .orElse(Publication.draft(runId));
    }

    /** The state of each run (DRAFT for runs without a row). */
    public Map<Long, Publication> of(Collection<Long> runIds) {
        Map<Long, Publication> out = new HashMap<>();
        for (long id : runIds) {
            out.put(id, Publication.draft(id));
        }
        jdbc.query("SELECT run_id, state, notice_end, changed_by, changed_at FROM run_publication", rs -> {
            long id = rs.getLong(1);
            if (out.containsKey(id)) {
                out.put(id, new Publication(id, PublicationState.valueOf(rs.getString(2)), Optional.ofNullable(rs.getObject(3, LocalDate.class)),
                        Optional.of(rs.getString(4)), Optional.of(rs.getObject(5, LocalDateTime.class))));
            }
        });
        return out;
    }

    /**
     * Moves the run from {@code from} to {@code to} (strictly forward), keeping the notice end (required for PUBLISHED;
     * kept from before otherwise) and one history step.
     *
     * @return false when the run is no longer in {@code from}
     * @throws IllegalArgumentException for a move that is not forward, or PUBLISHED without an end date
     */
    public boolean move(long runId, PublicationState from, PublicationState to, Optional<LocalDate> noticeEnd, String actor, LocalDateTime at) {
        if (to.ordinal() <= from.ordinal()) {
            throw new IllegalArgumentException("a run moves only forward: " + from + " → " + to + " is not allowed");
        }
        if (to == PublicationState.PUBLISHED && noticeEnd.isEmpty()) {
            throw new IllegalArgumentException("publishing needs the notice end date");
        }
        return database.inTransaction(() -> {
            Publication now = of(runId);
            if (now.state() != from) {
                return false;
            }
            LocalDate end = noticeEnd.or(now::noticeEnd).orElse(null);
            Date endDate = end == null ? null : Date.valueOf(end);
            int changed;
            if (from == PublicationState.DRAFT) {
                changed = jdbc.update("INSERT INTO run_publication (run_id, state, notice_end, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
                        runId, to.name(), endDate, actor, at);
            } else {
                changed = jdbc.update("UPDATE run_publication SET state = ?, notice_end = ?, changed_by = ?, changed_at = ? WHERE run_id = ? AND state = ?",
                        to.name(), endDate, actor, at, runId, from.name());
            }
            if (changed != 1) {
                return false;
            }
            Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(position), 0) FROM run_publication_step WHERE run_id = ?", Integer.class, runId);
            jdbc.update("INSERT INTO run_publication_step (run_id, position, from_state, to_state, notice_end, actor, step_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    runId, last + 1, from.name(), to.name(), endDate, actor, at);
            return true;
        });
    }

    /** The PUBLISHED runs whose notice period ended before {@code today} (notice end &lt; today), oldest first. */
    public List<Long> publishedEndedBefore(LocalDate today) {
        return jdbc.queryForList("SELECT run_id FROM run_publication WHERE state = ? AND notice_end < ? ORDER BY run_id", Long.class,
                PublicationState.PUBLISHED.name(), Date.valueOf(today));
    }

    /** Every move of the run, oldest first. */
    public List<Publication.Step> history(long runId) {
        return jdbc.query("SELECT position, from_state, to_state, notice_end, actor, step_at FROM run_publication_step WHERE run_id = ? ORDER BY position",
                (rs, i) -> new Publication.Step(rs.getInt(1), PublicationState.valueOf(rs.getString(2)), PublicationState.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getObject(6, LocalDateTime.class)), runId);
    }
}
