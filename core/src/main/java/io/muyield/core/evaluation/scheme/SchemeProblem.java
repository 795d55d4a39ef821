package io.muyield.core.evaluation.scheme;

/** One thing wrong with a scheme document, at a 1-based line. */
public record SchemeProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + " line " + line + ": " + message;
    }
}
