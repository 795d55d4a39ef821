package io.muyield.core.evaluation.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ordered record of every step of a run with its parameters and counts (COINr's log, in spirit): enough to
 * repeat the run and to explain it. Written while the run goes, read-only afterwards.
 */
public final class MethodologyLog {

    private final List<LogEntry> entries = new ArrayList<>();
    private volatile boolean closed;

    /** Ends writing: the log of a finished run cannot grow. */
    void close() {
        closed = true;
    }

    /** Starts an entry; call {@link Entry#add()} to keep it. */
    public Entry entry(String step, String subject) {
        return new Entry(step, subject);
    }

    public List<LogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public String render() {
        return entries.stream().map(LogEntry::render).collect(Collectors.joining("\n"));
    }

    /** A log entry being written. */
    public final class Entry {
        private final String step;
        private final String subject;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();

        private Entry(String step, String subject) {
            this.step = step;
            this.subject = subject;
        }

        public Entry parameter(String name, Object value) {
            parameters.put(name, value instanceof Double d ? Numbers.plain(d) : String.valueOf(value));
            return this;
        }

        public Entry count(String name, long value) {
            counts.put(name, value);
            return this;
        }

        public void add(String summary) {
            synchronized (entries) {
                if (closed) {
                    throw new IllegalStateException("the methodology log of a finished run is read-only");
                }
                entries.add(new LogEntry(entries.size() + 1, step, subject, parameters, counts, summary));
            }
        }
    }
}
