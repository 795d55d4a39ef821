package io.muyield.app.evaluation;

import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stored runs computed again from their snapshots, for what needs the engine's full results (explanations, health
 * reports, comparisons, what-ifs). The recomputation is checked against the stored fingerprint; the last few are kept.
 */
@Component
class RecomputedRuns {

    private static final int KEEP = 3;

    private final RunRepository runs;
    private final Map<Long, EvaluationRun> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EvaluationRun> eldest) {
            return size() > KEEP;
        }
    };

    RecomputedRuns(RunRepository runs) {
        this.runs = runs;
    }

    synchronized EvaluationRun of(StoredRun run) {
        EvaluationRun cached = cache.get(run.id());
        if (cached == null) {
            cached = runs.recreate(run);
            cache.put(run.id(), cached);
        }
        return cached;
    }
}
