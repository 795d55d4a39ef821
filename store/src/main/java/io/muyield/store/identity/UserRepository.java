package io.muyield.store.identity;

import io.muyield.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The users of {@code app_user}. Usernames are compared as stored (the app lower-cases them before they get here). */
public final class UserRepository {

    private static final String COLUMNS = "username, password_hash, role, scope_code, enabled, must_change, failed_logins, "
            + "locked_until, created_at, created_by";
    private static final RowMapper<StoredUser> ROW = (rs, i) -> new StoredUser(rs.getString(1), rs.getString(2), rs.getString(3),
            Optional.ofNullable(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6), rs.getInt(7),
            Optional.ofNullable(rs.getObject(8, LocalDateTime.class)), rs.getObject(9, LocalDateTime.class), rs.getString(10));

    private final JdbcTemplate jdbc;

    public UserRepository(Database database) {
        this.jdbc = database.jdbc();
    }

    public Optional<StoredUser> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", ROW, username).stream().findFirst();
    }

    public List<StoredUser> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY username", ROW);
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return n == null ? 0 : n;
    }

    /** Users not created by the given creator (e.g. the users that are not demo users). */
    public long countNotCreatedBy(String creator) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE created_by <> ?", Long.class, creator);
        return n == null ? 0 : n;
    }

    /** Gives an existing user a new password and creator (a demo administrator taken over by a production start). */
    public boolean adopt(String username, String passwordHash, String createdBy) {
        return jdbc.update("UPDATE app_user SET password_hash = ?, created_by = ?, must_change = FALSE, failed_logins = 0, locked_until = NULL, "
                + "enabled = TRUE WHERE username = ?", passwordHash, createdBy, username) == 1;
    }

    /** Adds a user; {@link IllegalArgumentException} when the name is taken. */
    public void insert(StoredUser user) {
        if (find(user.username()).isPresent()) {
            throw new IllegalArgumentException("the user " + user.username() + " exists already");
        }
        jdbc.update("INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", user.username(), user.passwordHash(),
                user.role(), user.scopeCode().orElse(null), user.enabled(), user.mustChangePassword(), user.failedLogins(),
                user.lockedUntil().orElse(null), user.createdAt(), user.createdBy());
    }

    /** Sets a new password hash; {@code mustChange} says whether the user has to choose another at the next sign-in. */
    public boolean setPassword(String username, String passwordHash, boolean mustChange) {
        return jdbc.update("UPDATE app_user SET password_hash = ?, must_change = ?, failed_logins = 0, locked_until = NULL WHERE username = ?",
                passwordHash, mustChange, username) == 1;
    }

    /**
     * Counts a failed sign-in; at {@code maxFailures} the account locks until {@code lockUntil} and the count starts again.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailure(String username, int maxFailures, LocalDateTime lockUntil) {
        jdbc.update("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ?", username);
        return jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE username = ? AND failed_logins >= ?",
                lockUntil, username, maxFailures) == 1;
    }

    public void recordSuccess(String username) {
        jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
                username);
    }

    public boolean unlock(String username) {
        return jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?", username) == 1;
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username) == 1;
    }
}
