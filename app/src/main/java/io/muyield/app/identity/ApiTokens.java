package io.muyield.app.identity;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.UserFacingException;
import io.muyield.store.identity.ApiToken;
import io.muyield.store.identity.ApiTokenRepository;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: {@code Authorization: Bearer myt_…} acts as the token's owner, with the owner's role and scope.
 * A token is 32 random bytes; only its SHA-256 is stored, and it is shown once.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "myt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Creates a token for the user and returns it (the only time it can be read). */
    public String create(String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new UserFacingException("give the token a name of 1–60 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = tokens.insert(username, label, hash(token), now());
        audit.record(username, "API_TOKEN_CREATED", "user:" + username, "token #" + id + " " + label);
        return token;
    }

    public List<ApiToken> of(String username) {
        return tokens.of(username);
    }

    public void revoke(String username, long id) {
        if (!tokens.revoke(username, id, now())) {
            throw new UserFacingException("you have no active token #" + id);
        }
        audit.record(username, "API_TOKEN_REVOKED", "user:" + username, "token #" + id);
    }

    /** The owner of an active token. */
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.activeOwner(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
