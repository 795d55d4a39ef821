package io.muyield.core.evaluation.scheme;

import java.util.List;
import java.util.stream.Collectors;

/** A scheme that failed validation; the message lists every problem as {@code scheme.yaml line 14: …}. */
public final class InvalidSchemeException extends IllegalArgumentException {

    private final List<SchemeProblem> problems;

    public InvalidSchemeException(List<SchemeProblem> problems) {
        super(problems.stream().map(SchemeProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SchemeProblem> problems() {
        return problems;
    }
}
