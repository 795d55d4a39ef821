package io.muyield.core.evaluation.expression;

import java.util.Optional;

/** Named columns an expression can be bound to: numeric columns (NaN = missing), tags and event counts per row. */
public interface ColumnSource {

    int size();

    /** The values of a numeric column, one per row; the array is read-only by contract. */
    Optional<double[]> column(String name);

    /** Whether each row carries the tag; an unknown tag is carried by no row. */
    boolean hasTag(String tag, int row);

    /** How many times the event was recorded for the row; 0 for an unknown event. */
    int eventCount(String event, int row);

    /** The whole tag column when the source keeps one (read-only by contract); empty means "ask row by row". */
    default java.util.Optional<boolean[]> tagColumn(String tag) {
        return java.util.Optional.empty();
    }

    /** The whole event-count column when the source keeps one (read-only by contract). */
    default java.util.Optional<int[]> eventColumn(String event) {
        return java.util.Optional.empty();
    }
}
