package io.muyield.core.evaluation.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable run: the scheme text and its SHA-256, the SHA-256 of the input snapshot, the engine version, the
 * methodology log of every step and the results. Same scheme text + same input → bit-identical results and the same
 * {@link #fingerprint()}. A correction is a new run; nothing here changes.
 */
public record EvaluationRun(String schemeId, int schemeVersion, String schemeText, String schemeSha256, String inputSha256,
                            int year, String engineVersion, MethodologyLog log, EvaluationResults results) {

    public EvaluationRun {
        Objects.requireNonNull(schemeText, "scheme text");
        Objects.requireNonNull(results, "results");
    }

    /** SHA-256 of engine version, scheme hash and input hash: the identity of what was computed. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String s = engineVersion + "\n" + schemeSha256 + "\n" + inputSha256;
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
