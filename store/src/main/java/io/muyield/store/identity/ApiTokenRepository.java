package io.muyield.store.identity;

import io.muyield.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Personal API tokens, stored as their SHA-256 only. */
public final class ApiTokenRepository {

    private static final RowMapper<ApiToken> ROW = (rs, i) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDateTime.class), Optional.ofNullable(rs.getObject(5, LocalDateTime.class)));
    private static final String COLUMNS = "id, username, name, created_at, revoked_at";

    private final JdbcTemplate jdbc;

    public ApiTokenRepository(Database database) {
        this.jdbc = database.jdbc();
    }

    /** Stores a new token's hash; returns its id. */
    public long insert(String username, String name, String tokenHash, LocalDateTime at) {
        Long id = jdbc.queryForObject("SELECT nextval('api_token_id_seq')", Long.class);
        jdbc.update("INSERT INTO api_token (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)", id, username, name, tokenHash, at);
        return id;
    }

    /** The owner of an active token with this hash. */
    public Optional<String> activeOwner(String tokenHash) {
        return jdbc.queryForList("SELECT username FROM api_token WHERE token_hash = ? AND revoked_at IS NULL", String.class, tokenHash)
                .stream().findFirst();
    }

    public List<ApiToken> of(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE username = ? ORDER BY id", ROW, username);
    }

    /** Revokes one of the user's own tokens; false when the user has no such active token. */
    public boolean revoke(String username, long id, LocalDateTime at) {
        return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL", at, id, username) == 1;
    }
}
