package io.muyield.synth;

/** Spreads a year's electricity over the months with a seasonal shape (summer and winter peaks), exactly. */
final class Months {

    private static final double[] SHAPE = {1.05, 0.85, 1.0, 0.97, 1.0, 1.02, 1.1, 1.15, 1.03, 0.95, 0.93, 0.95};

    private Months() {
    }

    /** Writes 12 monthly values into row columns from..from+11; months before firstMonth get 0; they sum to total. */
    static void split(long total, int firstMonth, RowBuffer row, int from) {
        double weight = 0;
        for (int m = firstMonth - 1; m < 12; m++) {
            weight += SHAPE[m];
        }
        long left = total;
        for (int m = 0; m < 11; m++) {
            long v = m < firstMonth - 1 ? 0 : (long) Math.floor(total * SHAPE[m] / weight);
            row.number(from + m, v, 0);
            left -= v;
        }
        row.number(from + 11, left, 0);
    }
}
