package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.Stage;
import io.muyield.core.evaluation.scheme.BenchmarkRule;
import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.ClassBand;
import io.muyield.core.evaluation.scheme.ClassMethod;
import io.muyield.core.evaluation.scheme.Classification;
import io.muyield.core.evaluation.scheme.IndicatorRule;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.ScoreDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * "What if the R&D weight were 15 instead of 10?": changes weights, fixed benchmarks, caps or class cut-offs of a
 * finished run and recomputes only the steps downstream of the earliest change, reusing the run's indicator, imputed
 * and normalised columns. Nothing is saved; the result carries the transition matrix against the base.
 */
public final class WhatIf {

    private final EvaluationResults base;
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Double> benchmarks = new HashMap<>();
    private final Map<String, OptionalDouble> caps = new HashMap<>();
    private final Map<String, Double> shares = new HashMap<>();
    private final Map<String, Double> minScores = new HashMap<>();

    private WhatIf(EvaluationResults base) {
        this.base = base;
    }

    public static WhatIf on(EvaluationResults base) {
        return new WhatIf(base);
    }

    public WhatIf weight(String categoryId, String indicatorId, double weight) {
        weights.put(key(categoryId, indicatorId), weight);
        return this;
    }

    /** A fixed benchmark in place of whatever rule the scheme had. */
    public WhatIf benchmark(String categoryId, String indicatorId, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("benchmark must be positive, was " + value);
        }
        benchmarks.put(key(categoryId, indicatorId), value);
        return this;
    }

    /** A cap on the normalised value (empty = no cap). */
    public WhatIf cap(String categoryId, String indicatorId, OptionalDouble cap) {
        caps.put(key(categoryId, indicatorId), cap);
        return this;
    }

    /** A class's quota share in per cent (the shares must still add up to 100). */
    public WhatIf share(String classId, double percent) {
        shares.put(classId, percent);
        return this;
    }

    /** A class's minimum score (threshold classification). */
    public WhatIf minScore(String classId, double score) {
        minScores.put(classId, score);
        return this;
    }

    private static String key(String category, String indicator) {
        return category + "\u0000" + indicator;
    }

    public WhatIfResult run() {
        Scheme changed = changedScheme();
        EvaluationResults results = EvaluationEngine.rerun(base, changed, firstStage());
        return new WhatIfResult(results, new RunComparison(base, results).transitions(), firstStage());
    }

    Stage firstStage() {
        if (!benchmarks.isEmpty()) {
            return Stage.BENCHMARK;
        }
        if (!caps.isEmpty()) {
            return Stage.CAP_AND_FLOOR;
        }
        if (!weights.isEmpty()) {
            return Stage.WEIGHT;
        }
        return Stage.CLASSIFY;
    }

    public Scheme changedScheme() {
        Scheme s = base.scheme();
        List<Category> cats = new ArrayList<>();
        for (Category c : s.categories()) {
            cats.add(c.model().map(m -> c.withModel(m.withDimensions(m.dimensions().stream().map(d -> dimension(c.id(), d)).toList()))).orElse(c));
        }
        return s.with(cats, classification(s.classification()));
    }

    private ScoreDimension dimension(String category, ScoreDimension d) {
        return d.withRules(d.rules().stream().map(r -> rule(category, r)).toList());
    }

    private IndicatorRule rule(String category, IndicatorRule r) {
        String k = key(category, r.indicatorId());
        IndicatorRule out = r;
        if (weights.containsKey(k)) {
            out = out.withWeight(weights.get(k));
        }
        if (benchmarks.containsKey(k)) {
            out = out.withBenchmark(new BenchmarkRule.Fixed(benchmarks.get(k)));
        }
        if (caps.containsKey(k)) {
            out = out.withCap(caps.get(k));
        }
        return out;
    }

    private Classification classification(Classification cl) {
        if (shares.isEmpty() && minScores.isEmpty()) {
            return cl;
        }
        List<ClassBand> bands = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (ClassBand b : cl.bands()) {
            ClassBand nb = b.withShare(shares.getOrDefault(b.id(), b.sharePercent())).withMinScore(minScores.getOrDefault(b.id(), b.minScore()));
            bands.add(nb);
            total = total.add(BigDecimal.valueOf(Double.isNaN(nb.sharePercent()) ? 0 : nb.sharePercent()));
        }
        if (cl.method() == ClassMethod.QUOTA && total.compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalArgumentException("class shares must add up to 100, they add up to " + total.stripTrailingZeros().toPlainString());
        }
        return cl.withBands(bands);
    }
}
