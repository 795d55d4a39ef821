package io.muyield.core.evaluation.expression;

/** A formula or condition that does not parse; the message names the character position and what was expected. */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private final int position;

    public ExpressionSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 1-based character position in the expression text. */
    public int position() {
        return position;
    }
}
