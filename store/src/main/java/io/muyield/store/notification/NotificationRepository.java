package io.muyield.store.notification;

import io.muyield.store.Database;
import io.muyield.store.query.Condition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The notifications of users ({@code notification}). Every read and every mark names the recipient: a user reads and
 * marks only its own, and someone else's notification is simply not found. Writes join the caller's transaction
 * ({@link Database#inTransaction}), so a step and its notifications commit together.
 */
public final class NotificationRepository {

    /** Separates the parameters in the {@code params} column (a control character no parameter keeps). */
    private static final char SEPARATOR = '\u001F';
    private static final String COLUMNS = "id, recipient, kind, subject, message_key, params, actor, created_at, read_at";
    private static final RowMapper<Notification> ROW = (rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), decode(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDateTime.class),
            Optional.ofNullable(rs.getObject(9, LocalDateTime.class)));

    private final JdbcTemplate jdbc;

    public NotificationRepository(Database database) {
        this.jdbc = database.jdbc();
    }

    /** One notification for each recipient (duplicates dropped); returns how many were written. */
    public int add(Collection<String> recipients, String kind, String subject, String messageKey, List<String> params, String actor,
                   LocalDateTime at) {
        List<String> distinct = recipients.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return 0;
        }
        String encoded = encode(params);
        List<Object[]> rows = new ArrayList<>(distinct.size());
        for (String r : distinct) {
            rows.add(new Object[]{r, kind, subject, messageKey, encoded, actor, at});
        }
        jdbc.batchUpdate("INSERT INTO notification (id, recipient, kind, subject, message_key, params, actor, created_at) "
                + "VALUES (nextval('notification_id_seq'), ?, ?, ?, ?, ?, ?, ?)", rows);
        return distinct.size();
    }

    /** The user's notifications, newest first; only the unread ones if asked. */
    public List<Notification> of(String recipient, boolean unreadOnly, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE recipient = ?" + (unreadOnly ? " AND read_at IS NULL" : "")
                + " ORDER BY id DESC LIMIT ?", ROW, recipient, limit);
    }

    /** One of the user's notifications; empty when it does not exist or belongs to someone else. */
    public Optional<Notification> find(long id, String recipient) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE id = ? AND recipient = ?", ROW, id, recipient).stream().findFirst();
    }

    public long unread(String recipient) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL", Long.class, recipient);
        return n == null ? 0 : n;
    }

    /**
     * Marks one of the user's notifications read (a read one keeps its first read time).
     *
     * @return false when the user has no such notification
     */
    public boolean markRead(long id, String recipient, LocalDateTime at) {
        if (find(id, recipient).isEmpty()) {
            return false;
        }
        jdbc.update("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL", at, id, recipient);
        return true;
    }

    /** Marks every unread notification of the user read; returns how many. */
    public int markAllRead(String recipient, LocalDateTime at) {
        return jdbc.update("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL", at, recipient);
    }

    /** Every notification about a subject, oldest first (all recipients: for tests and the audit of a step). */
    public List<Notification> about(String subject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE subject = ? ORDER BY id", ROW, subject);
    }

    // --- the audience: whose data scope holds the subject (the scope is the caller's typed condition, ANDed in) ---

    /** Whether the enterprise is within the scope. */
    public boolean holds(String creditCode, Condition scope) {
        List<Object> params = new ArrayList<>();
        params.add(creditCode);
        params.addAll(scope.params());
        return !jdbc.queryForList("SELECT 1 FROM enterprise e WHERE e.credit_code = ? AND (" + scope.sql() + ") LIMIT 1", params.toArray()).isEmpty();
    }

    /** Whether the run holds at least one enterprise within the scope. */
    public boolean runHolds(long runId, Condition scope) {
        List<Object> params = new ArrayList<>();
        params.add(runId);
        params.addAll(scope.params());
        return !jdbc.queryForList("SELECT 1 FROM evaluation_result r JOIN enterprise e ON e.credit_code = r.credit_code WHERE r.run_id = ? AND ("
                + scope.sql() + ") LIMIT 1", params.toArray()).isEmpty();
    }

    /** The credit codes of the run's enterprises. */
    public Set<String> runEnterprises(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT credit_code FROM evaluation_result WHERE run_id = ?", String.class, runId));
    }

    /** Each parameter followed by the separator, so an empty list and a list of one empty string differ. */
    static String encode(List<String> params) {
        StringBuilder out = new StringBuilder();
        for (String p : params) {
            out.append(p == null ? "" : p.replace(SEPARATOR, ' ')).append(SEPARATOR);
        }
        return out.toString();
    }

    static List<String> decode(String params) {
        if (params == null || params.isEmpty()) {
            return List.of();
        }
        List<String> all = Arrays.asList(params.split(String.valueOf(SEPARATOR), -1));
        return List.copyOf(all.subList(0, all.size() - 1));
    }
}
