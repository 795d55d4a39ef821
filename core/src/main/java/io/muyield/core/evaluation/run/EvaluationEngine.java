package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.Scheme;

import java.util.List;

/**
 * Runs a scheme over an input through the named steps of the pipeline:
 * select &amp; exempt → categories → compute indicators → impute missing → treat outliers → benchmark → normalise →
 * cap/floor → weight → aggregate → adjust → classify → rank. Pure: the same scheme and input give bit-identical results.
 * Row-independent work runs on the common fork-join pool in fixed chunks ({@link RowChunks}); every statistic and
 * every sum is taken by one thread in unit order, so the results do not depend on the number of threads.
 */
public final class EvaluationEngine {

    /** Part of every run record; bump when a formula of the engine changes. */
    public static final String VERSION = "muyield-evaluation-1";

    private static final List<Step> STEPS = List.of(new SelectAndExempt(), new AssignCategories(), new ComputeIndicators(),
            new ImputeMissing(), new TreatOutliers(), new DeriveBenchmarks(), new NormaliseValues(), new CapAndFloor(),
            new ApplyWeights(), new Aggregate(), new Adjust(), new Classify(), new Rank());

    private EvaluationEngine() {
    }

    public static EvaluationRun run(Scheme scheme, EvaluationInput input) {
        MethodologyLog log = new MethodologyLog();
        log.entry("run", scheme.id()).parameter("scheme_version", scheme.version()).parameter("scheme_sha256", scheme.textSha256())
                .parameter("input_sha256", input.snapshotSha256()).parameter("engine", VERSION).count("units", input.size())
                .add(scheme.title());
        RunState state = execute(new RunState(scheme, input, log), Stage.SELECT_AND_EXEMPT);
        log.close();
        return new EvaluationRun(scheme.id(), scheme.version(), scheme.text(), scheme.textSha256(), input.snapshotSha256(),
                input.year(), VERSION, log, new EvaluationResults(state));
    }

    /** Runs without the input hash (benchmarks of the pipeline alone); the results are the same as {@link #run}'s. */
    public static EvaluationResults resultsOnly(Scheme scheme, EvaluationInput input) {
        RunState state = execute(new RunState(scheme, input, new MethodologyLog()), Stage.SELECT_AND_EXEMPT);
        state.log.close();
        return new EvaluationResults(state);
    }

    /**
     * Re-runs the steps from {@code from} on with a changed scheme, sharing everything upstream with {@code base}
     * (a what-if; nothing is saved). The changed scheme must have the same indicators, exemptions and category
     * conditions as the base; {@code from} must be {@link Stage#BENCHMARK} or later.
     */
    public static EvaluationResults rerun(EvaluationResults base, Scheme changed, Stage from) {
        if (from.compareTo(Stage.BENCHMARK) < 0) {
            throw new IllegalArgumentException("a what-if re-runs from the benchmark step or later, not from " + from);
        }
        MethodologyLog log = new MethodologyLog();
        RunState state = execute(new RunState(base.state(), changed, log), from);
        log.close();
        return new EvaluationResults(state);
    }

    static RunState execute(RunState state, Stage from) {
        for (Step step : STEPS) {
            if (step.stage().compareTo(from) >= 0) {
                step.apply(state);
            }
        }
        return state;
    }
}
