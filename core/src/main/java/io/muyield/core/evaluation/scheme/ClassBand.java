package io.muyield.core.evaluation.scheme;

import java.util.Objects;

/** A class (A, B, C, D …), best first, with its quota share in per cent or its minimum score (NaN when not used). */
public record ClassBand(String id, String nameZh, double sharePercent, double minScore, int line) {
    public ClassBand {
        Objects.requireNonNull(id, "id");
    }

    public ClassBand withMinScore(double s) {
        return new ClassBand(id, nameZh, sharePercent, s, line);
    }

    public ClassBand withShare(double s) {
        return new ClassBand(id, nameZh, s, minScore, line);
    }
}
