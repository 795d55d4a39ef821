package io.muyield.store.cluster;

import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import io.muyield.store.summary.PerMuFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Enterprise-year facts summed by (year, district, main industry; an enterprise with a manual cluster override in a
 * cell of its own) within one data scope: the cells every cluster,
 * district and relatedness figure is added up from. Each enterprise-year lies in exactly one cell, so a group of cells
 * counts each enterprise once. Kept in columns (amounts as exact millionths) so a million enterprises × 6 years fit in a
 * few megabytes.
 */
public final class FactCube {

    private final int size;
    private final int[] years;
    private final String[] districts;
    private final String[] industries;
    private final String[] enterprises;
    private final long[][] sums;

    FactCube(int[] years, String[] districts, String[] industries, long[][] sums) {
        this(years, districts, industries, new String[years.length], sums);
    }

    FactCube(int[] years, String[] districts, String[] industries, String[] enterprises, long[][] sums) {
        this.size = years.length;
        this.years = years;
        this.districts = districts;
        this.industries = industries;
        this.enterprises = enterprises;
        this.sums = sums;
    }

    /**
     * The credit code of a cell that holds one enterprise with a manual cluster override (each such enterprise-year is a
     * cell of its own, so overrides apply exactly); null for an ordinary cell.
     */
    public String enterprise(int cell) {
        return enterprises[cell];
    }

    public int size() {
        return size;
    }

    public int year(int cell) {
        return years[cell];
    }

    public String district(int cell) {
        return districts[cell];
    }

    public String industry(int cell) {
        return industries[cell];
    }

    /** The cell's summed output in millionths of 万元. */
    public long output(int cell) {
        return sums[Measure.OUTPUT.ordinal()][cell];
    }

    /** One of the cell's sums (amounts in millionths). */
    long sum(Measure measure, int cell) {
        return sums[measure.ordinal()][cell];
    }

    /** The years present, ascending. */
    public List<Integer> years() {
        TreeSet<Integer> out = new TreeSet<>();
        for (int y : years) {
            out.add(y);
        }
        return new ArrayList<>(out);
    }

    /** The figures of the cells the filter accepts. */
    public Figures figures(IntPredicate cells) {
        Accumulator a = new Accumulator();
        for (int c = 0; c < size; c++) {
            if (cells.test(c)) {
                a.add(c);
            }
        }
        return a.figures();
    }

    /** A running sum over cells of this cube. */
    public Accumulator accumulator() {
        return new Accumulator();
    }

    /** Sums cells one by one (for grouping in one pass). */
    public final class Accumulator {
        private final long[] total = new long[Measure.values().length];

        public Accumulator add(int cell) {
            for (int m = 0; m < total.length; m++) {
                total[m] = Math.addExact(total[m], sums[m][cell]);
            }
            return this;
        }

        public Figures figures() {
            long n = total[Measure.ENTERPRISES.ordinal()];
            return new Figures(n, total[Measure.ABOVE_SCALE.ordinal()], amount(Measure.OUTPUT), amount(Measure.OUTPUT_ABOVE_SCALE),
                    amount(Measure.REVENUE), amount(Measure.REVENUE_ABOVE_SCALE), amount(Measure.VALUE_ADDED), amount(Measure.TAX),
                    amount(Measure.LAND), perMu(Indicator.TAX_PER_MU, n), perMu(Indicator.VALUE_ADDED_PER_MU, n),
                    perMu(Indicator.OUTPUT_PER_MU, n));
        }

        private BigDecimal amount(Measure m) {
            BigDecimal v = BigDecimal.valueOf(total[m.ordinal()], Measure.SCALE).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        }

        private PerMuFigure perMu(Indicator indicator, long enterprises) {
            Measure numerator = Measure.numerator(indicator);
            int included = (int) total[numerator.ordinal() + 2];
            RatioAggregate r = new RatioAggregate(indicator).addSums(amount(numerator), amount(Measure.values()[numerator.ordinal() + 1]),
                    included);
            return new PerMuFigure(indicator, r.numeratorSum(), r.denominatorSum(), included, (int) (enterprises - included), r.value());
        }
    }
}
