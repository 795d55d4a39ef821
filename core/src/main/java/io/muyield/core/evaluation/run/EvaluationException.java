package io.muyield.core.evaluation.run;

/** A scheme that cannot run on an input (a formula names a column the input lacks, a benchmark year is missing …). */
public final class EvaluationException extends IllegalArgumentException {
    public EvaluationException(String message) {
        super(message);
    }
}
