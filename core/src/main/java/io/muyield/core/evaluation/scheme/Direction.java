package io.muyield.core.evaluation.scheme;

/** Whether a higher indicator value is better (亩均税收) or worse (energy per unit of output). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
