package io.muyield.store.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A league-table scorecard: chosen metrics with weights. A region's score is Σ weight × (its value ÷ the value of all
 * regions together that year), the value of the whole being taken from summed facts too: 100 × weight means "as good
 * as the city as a whole" on that metric. A region without a value for a metric scores 0 on it.
 */
public record Scorecard(List<Item> items) {

    public record Item(Metric metric, BigDecimal weight) {
        public Item {
            Objects.requireNonNull(metric);
            if (weight.signum() <= 0) {
                throw new IllegalArgumentException("the weight of " + metric + " must be positive, was " + weight.toPlainString());
            }
        }
    }

    public Scorecard {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a scorecard needs at least one metric");
        }
        if (items.size() > 10) {
            throw new IllegalArgumentException("a scorecard takes at most 10 metrics, got " + items.size());
        }
        if (items.stream().map(Item::metric).distinct().count() != items.size()) {
            throw new IllegalArgumentException("a metric appears twice in the scorecard");
        }
    }

    /** Chongqing's core set with equal weights: 亩均增加值, 亩均税收, 单位能耗增加值, 研发投入强度 (DOMAIN.md §5). */
    public static Scorecard chongqingCore() {
        BigDecimal w = new BigDecimal("25");
        return new Scorecard(List.of(new Item(Metric.VALUE_ADDED_PER_MU, w), new Item(Metric.TAX_PER_MU, w),
                new Item(Metric.ENERGY_PRODUCTIVITY, w), new Item(Metric.RD_INTENSITY, w)));
    }
}
