package io.muyield.core.evaluation.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of the methodology log: the step, what it worked on (an indicator, a category, or "" for the whole run),
 * its parameters and its counts in order, and a sentence saying what happened.
 */
public record LogEntry(int sequence, String step, String subject, Map<String, String> parameters, Map<String, Long> counts, String summary) {
    public LogEntry {
        Objects.requireNonNull(step, "step");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** {@code 7. winsorise RD_INTENSITY [lower=1, upper=99] {clipped=1,234}: …}. */
    public String render() {
        String p = parameters.isEmpty() ? "" : parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " [", "]"));
        String c = counts.isEmpty() ? "" : counts.entrySet().stream().map(e -> e.getKey() + "=" + Numbers.count(e.getValue())).collect(Collectors.joining(", ", " {", "}"));
        return sequence + ". " + step + (subject.isEmpty() ? "" : " " + subject) + p + c + (summary.isEmpty() ? "" : ": " + summary);
    }
}
