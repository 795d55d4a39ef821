package io.muyield.core.evaluation.scheme;

import java.util.List;
import java.util.Objects;

/**
 * How scores become classes: quota or thresholds, within which peer group, the bands best first, the label of units
 * left unclassified, and whether units with exactly equal totals straddling a quota boundary all take the better class
 * (otherwise the tie-break order decides: total, then the weighted parts in indicator order, then the unit id).
 */
public record Classification(ClassMethod method, PeerScope within, List<ClassBand> bands, String unclassifiedLabel,
                             boolean equalScoresSameClass) {
    public Classification {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(within, "within");
        bands = List.copyOf(bands);
    }

    public int indexOf(String classId) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).id().equals(classId)) {
                return i;
            }
        }
        return -1;
    }

    public Classification withBands(List<ClassBand> b) {
        return new Classification(method, within, b, unclassifiedLabel, equalScoresSameClass);
    }
}
