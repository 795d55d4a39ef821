package io.muyield.core.evaluation.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts of units by class before (rows) and after (columns). Labels are the classes best first, then the
 * "no class" label ("—": unclassified, exempt, out of scope or absent from the run).
 */
public record TransitionMatrix(List<String> labels, long[][] counts) {

    public static final String NONE = "—";

    public TransitionMatrix {
        labels = List.copyOf(labels);
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public long count(String from, String to) {
        return counts[labels.indexOf(from)][labels.indexOf(to)];
    }

    /** Units whose class changed (both sides having a label, "—" included). */
    public long changed() {
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                n += i == j ? 0 : counts[i][j];
            }
        }
        return n;
    }

    /** Rows like "A→B 12" for every non-zero off-diagonal cell. */
    public List<String> moves() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                if (i != j && counts[i][j] > 0) {
                    out.add(labels.get(i) + "→" + labels.get(j) + " " + counts[i][j]);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A text table: rows = before, columns = after. */
    public String render() {
        StringBuilder sb = new StringBuilder("before\\after");
        for (String l : labels) {
            sb.append('\t').append(l);
        }
        for (int i = 0; i < labels.size(); i++) {
            sb.append('\n').append(labels.get(i));
            for (int j = 0; j < labels.size(); j++) {
                sb.append('\t').append(counts[i][j]);
            }
        }
        return sb.toString();
    }
}
