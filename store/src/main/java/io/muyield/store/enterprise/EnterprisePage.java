package io.muyield.store.enterprise;

import io.muyield.core.enterprise.Enterprise;

import java.util.List;

/** One page of enterprises (ordered by credit code), the page index from 0, its size and the total that match. */
public record EnterprisePage(List<Enterprise> items, long total, int page, int size) {

    public EnterprisePage {
        items = List.copyOf(items);
    }

    public long pages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
