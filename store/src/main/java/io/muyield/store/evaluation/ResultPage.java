package io.muyield.store.evaluation;

import java.util.List;

/** One page (from 0) of a run's results, with the number of rows that match. */
public record ResultPage(List<ResultRow> items, long total, int page, int size) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
