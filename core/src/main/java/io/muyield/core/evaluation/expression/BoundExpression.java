package io.muyield.core.evaluation.expression;

/** An expression bound to the columns of one input: evaluate one row, or the whole column at once. */
public interface BoundExpression {

    double at(int row);

    /** All rows; the result may be the bound column itself, so callers must not write into it. */
    default double[] evaluateAll(int size) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = at(i);
        }
        return out;
    }

    /** Truth of a condition: neither 0 nor missing. */
    default boolean holds(int row) {
        double v = at(row);
        return v != 0 && !Double.isNaN(v);
    }
}
