package io.muyield.store.audit;

import io.muyield.store.Database;
import io.muyield.store.Dialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The append-only audit trail ({@code audit_entry}). Entries are appended one at a time (a lock in this process; on PostgreSQL also a table lock across processes), each chained to
 * the last by hash; {@link #verify()} walks the chain and names the first entry whose content, link or number does
 * not fit. Times are UTC, to the millisecond.
 */
public final class AuditRepository {

    private static final String COLUMNS = "seq, logged_at, actor, action, target, details, prev_hash, hash";
    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    private static final int VERIFY_PAGE = 10_000;

    private final Database database;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Object appendLock = new Object();

    public AuditRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public AuditRepository(Database database, Clock clock) {
        this.database = database;
        this.jdbc = database.jdbc();
        this.clock = clock;
    }

    /** Appends an entry chained to the last one. */
    public AuditEntry append(String actor, String action, String target, String details) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        String t = target == null ? "" : target;
        String d = details == null ? "" : details;
        synchronized (appendLock) {
            return database.inTransaction(() -> {
                if (database.dialect() == Dialect.POSTGRESQL) {
                    // Several application instances may share one PostgreSQL: one appender at a time, across processes.
                    jdbc.execute("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE");
                }
                List<AuditEntry> last = jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = (SELECT MAX(seq) FROM audit_entry)", ROW);
                long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
                String prev = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).hash();
                LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
                String hash = AuditEntry.hashOf(seq, at, actor, action, t, d, prev);
                jdbc.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, at, actor, action, t, d, prev, hash);
                return new AuditEntry(seq, at, actor, action, t, d, prev, hash);
            });
        }
    }

    /** The latest entries, newest first; optionally only one action. */
    public List<AuditEntry> latest(int limit, String actionOrNull) {
        if (actionOrNull == null || actionOrNull.isBlank()) {
            return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT ?", ROW, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY seq DESC LIMIT ?", ROW, actionOrNull, limit);
    }

    /** The entries about one target, oldest first. */
    public List<AuditEntry> about(String target) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE target = ? ORDER BY seq", ROW, target);
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Walks the whole chain in order: numbers must run 1, 2, 3 …, each entry must link to its predecessor's hash and
     * carry the hash of its own content. A removed last entry cannot be seen from the chain alone (compare the count
     * with an earlier one).
     */
    public ChainCheck verify() {
        long expectedSeq = 1;
        String prev = AuditEntry.GENESIS;
        while (true) {
            List<AuditEntry> page = jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT ?", ROW,
                    expectedSeq, VERIFY_PAGE);
            if (page.isEmpty()) {
                return ChainCheck.intact(expectedSeq - 1);
            }
            for (AuditEntry e : page) {
                if (e.seq() != expectedSeq) {
                    return ChainCheck.broken(expectedSeq - 1, expectedSeq, "entry " + expectedSeq + " is missing (next is " + e.seq() + ")");
                }
                if (!e.prevHash().equals(prev)) {
                    return ChainCheck.broken(expectedSeq - 1, e.seq(), "its link does not match the hash of entry " + (e.seq() - 1));
                }
                if (!e.hash().equals(e.expectedHash())) {
                    return ChainCheck.broken(expectedSeq - 1, e.seq(), "its content was changed after it was written ("
                            + e.action() + " by " + e.actor() + " at " + e.at() + ")");
                }
                prev = e.hash();
                expectedSeq++;
            }
        }
    }
}
