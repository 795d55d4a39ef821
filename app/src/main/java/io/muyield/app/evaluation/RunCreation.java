package io.muyield.app.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.ClassBand;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.store.Database;
import io.muyield.store.evaluation.RunRecord;
import io.muyield.store.evaluation.RunWriter;
import io.muyield.store.evaluation.StandingSource;
import io.muyield.store.evaluation.StoredStandings;
import io.muyield.store.evaluation.StoredInputs;
import io.muyield.store.evaluation.StoredRun;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a run from the database, the same way for the command line, the web and the demo: the input of the data year
 * from the store (every enterprise with facts that year, its land and facts; standings from {@link StandingSource}),
 * the engine, then the run stored whole.
 */
public final class RunCreation {

    private final StoredInputs inputs;
    private final RunWriter writer;

    public RunCreation(Database database) {
        this(new StoredInputs(database, new StoredStandings(database)), new RunWriter(database));
    }

    RunCreation(StoredInputs inputs, RunWriter writer) {
        this.inputs = inputs;
        this.writer = writer;
    }

    /** What was stored, with the class counts and the time each part took. */
    public record Created(StoredRun run, Map<String, Long> classCounts, long unclassified, Duration read, Duration evaluate, Duration store) {

        /** "A 1,234 · B 2,345 · C … · 未分档 12". */
        public String countsLine() {
            StringBuilder b = new StringBuilder();
            classCounts.forEach((k, v) -> b.append(b.isEmpty() ? "" : " · ").append(k).append(' ').append(String.format("%,d", v)));
            return b + (unclassified > 0 ? " · unclassed " + String.format("%,d", unclassified) : "");
        }

        /** The audit entry's details of the run: scheme, where its text came from, its hash, year, parent and classes. */
        public String auditDetails(String origin) {
            return "scheme=" + run.schemeId() + " v" + run.schemeVersion() + " (" + origin + ", sha256 " + run.schemeSha256() + ") year="
                    + run.year() + run.parentRunId().map(p -> " parent=" + p).orElse("") + " enterprises=" + run.unitCount()
                    + " classes=" + countsLine();
        }
    }

    /**
     * @throws IllegalArgumentException for a scheme that does not load (naming its line) or a year without data
     */
    public Created create(SchemeText text, int year, String user, Optional<Long> parent) {
        Scheme scheme = SchemeLoader.load(text.text(), text.fileName());
        long t0 = System.nanoTime();
        EvaluationInput input = inputs.of(year);
        long t1 = System.nanoTime();
        EvaluationRun run = EvaluationEngine.run(scheme, input);
        long t2 = System.nanoTime();
        RunRecord record = RunRecord.by(user).withNote(inputs.standingSource().note(year));
        StoredRun stored = writer.write(run, parent.map(record::withParent).orElse(record));
        long t3 = System.nanoTime();
        Map<String, Long> counts = new LinkedHashMap<>();
        long classed = 0;
        for (ClassBand band : run.results().classes()) {
            long n = run.results().countInClass(band.id());
            counts.put(band.id(), n);
            classed += n;
        }
        return new Created(stored, counts, run.results().size() - classed, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                Duration.ofNanos(t3 - t2));
    }
}
