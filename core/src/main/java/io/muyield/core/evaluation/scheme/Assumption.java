package io.muyield.core.evaluation.scheme;

/** A parameter the scheme sets without a confirming source (DOMAIN.md: UNCONFIRMED → configurable, and say so). */
public record Assumption(String id, String text) {
}
