package io.muyield.core.evaluation.explain;

/** One line of an explanation in Chinese and in English. */
public record ExplanationLine(String zh, String en) {
}
