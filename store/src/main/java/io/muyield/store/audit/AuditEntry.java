package io.muyield.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the audit trail. {@code hash} = SHA-256 over the previous entry's hash and this entry's canonical
 * content (sequence number, time, actor, action, target, details, each length-prefixed so no two contents share a text).
 */
public record AuditEntry(long seq, LocalDateTime at, String actor, String action, String target, String details,
                         String prevHash, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "previous hash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The hash an entry with this content and this predecessor must carry. */
    public static String hashOf(long seq, LocalDateTime at, String actor, String action, String target, String details, String prevHash) {
        StringBuilder canonical = new StringBuilder(prevHash).append('\n');
        for (String part : new String[]{Long.toString(seq), at.toString(), actor, action, target, details}) {
            canonical.append(part.length()).append(':').append(part).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The hash this entry's content and stored predecessor hash call for. */
    public String expectedHash() {
        return hashOf(seq, at, actor, action, target, details, prevHash);
    }
}
