package io.muyield.core.evaluation.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.LinkedHashMap;

/** Reads a category's scoring model and its indicator rules, filling unset keys from the scheme's {@code defaults}. */
final class RuleReader {

    private static final Set<String> RULE_KEYS = Set.of("id", "weight", "benchmark", "normalise", "cap", "floor", "missing", "outliers");
    private static final Set<String> PEERS = Set.of("category", "city", "district", "industry");
    private static final Set<String> AGGREGATIONS = Set.of("sum", "arithmetic_mean", "geometric_mean");

    private final Optional<SchemeNode> defaults;
    private final Set<String> indicatorIds;

    RuleReader(Optional<SchemeNode> defaults, Set<String> indicatorIds) {
        this.defaults = defaults;
        this.indicatorIds = indicatorIds;
        defaults.ifPresent(d -> d.allowOnly(Set.of("normalise", "cap", "floor", "missing", "outliers")));
    }

    ScoringModel model(SchemeNode category) {
        AggregationMethod method = aggregation(category.get("aggregation"));
        Optional<SchemeNode> flat = category.get("indicators");
        if (flat.isPresent()) {
            ScoreDimension only = new ScoreDimension("all", "", 1, AggregationMethod.SUM, rules(flat.get()), category.line());
            return new ScoringModel(method, List.of(only), true);
        }
        List<ScoreDimension> dims = new ArrayList<>();
        for (SchemeNode d : category.get("dimensions").map(SchemeNode::items).orElse(List.of())) {
            d.allowOnly(Set.of("id", "name", "weight", "aggregation", "indicators"));
            double weight = d.require("weight").map(n -> n.number().orElse(0)).orElse(0.0);
            dims.add(new ScoreDimension(d.require("id").map(SchemeNode::text).orElse("?"), d.textOr("name", ""), weight,
                    aggregation(d.get("aggregation")), d.require("indicators").map(this::rules).orElse(List.of()), d.line()));
        }
        return new ScoringModel(method, dims, false);
    }

    private AggregationMethod aggregation(Optional<SchemeNode> n) {
        return n.flatMap(a -> a.word(AGGREGATIONS)).map(w -> switch (w) {
            case "arithmetic_mean" -> AggregationMethod.ARITHMETIC_MEAN;
            case "geometric_mean" -> AggregationMethod.GEOMETRIC_MEAN;
            default -> AggregationMethod.SUM;
        }).orElse(AggregationMethod.SUM);
    }

    private List<IndicatorRule> rules(SchemeNode list) {
        List<IndicatorRule> out = new ArrayList<>();
        for (SchemeNode item : list.items()) {
            item.allowOnly(RULE_KEYS);
            String id = item.require("id").map(SchemeNode::text).orElse("?");
            if (!indicatorIds.contains(id) && !id.equals("?")) {
                item.problem("indicator '" + id + "' is not defined under indicators");
            }
            double weight = item.require("weight").map(n -> n.number().orElse(0)).orElse(0.0);
            if (weight < 0) {
                item.problem("weight of " + id + " must not be negative, was " + weight);
            }
            BenchmarkRule benchmark = item.get("benchmark").map(this::benchmark).orElse(new BenchmarkRule.Absent());
            NormaliserSpec normaliser = setting(item, "normalise").map(this::normaliser).orElse(NormaliserSpec.ratio());
            checkBenchmarkNeed(item, id, benchmark, normaliser);
            out.add(new IndicatorRule(id, weight, benchmark, normaliser, bound(setting(item, "cap")), bound(setting(item, "floor")),
                    setting(item, "missing").map(this::missing).orElse(MissingRule.ZERO),
                    setting(item, "outliers").map(this::outliers).orElse(OutlierRule.NONE), item.line()));
        }
        return out;
    }

    private void checkBenchmarkNeed(SchemeNode item, String id, BenchmarkRule b, NormaliserSpec n) {
        boolean needs = n.kind() == NormaliserKind.RATIO || (n.kind() == NormaliserKind.SCALED && Double.isNaN(n.high()));
        if (needs && b instanceof BenchmarkRule.Absent) {
            item.problem(id + " is scored by " + n.kind().word() + " and needs a benchmark (e.g. benchmark: 15)");
        }
        if (n.kind() == NormaliserKind.DISTANCE_TO_TARGET && Double.isNaN(n.target())) {
            item.problem(id + " is scored by distance_to_target and needs a target");
        }
    }

    private Optional<SchemeNode> setting(SchemeNode item, String key) {
        Optional<SchemeNode> own = item.get(key);
        return own.isPresent() ? own : defaults.flatMap(d -> d.get(key));
    }

    private OptionalDouble bound(Optional<SchemeNode> n) {
        if (n.isEmpty() || n.get().isScalar() && n.get().text().strip().equals("none")) {
            return OptionalDouble.empty();
        }
        return n.get().number();
    }

    private BenchmarkRule benchmark(SchemeNode n) {
        if (n.isScalar()) {
            return n.text().strip().equals("none") ? new BenchmarkRule.Absent() : positive(n, n.number().orElse(1));
        }
        n.allowOnly(Set.of("by_year", "by_industry", "default", "statistic", "peers", "trim", "percentile", "factor", "min_peers"));
        if (n.get("by_year").isPresent()) {
            SortedMap<Integer, Double> values = new TreeMap<>();
            n.get("by_year").get().entries().forEach((k, v) -> values.put(yearKey(v, k), positive(v, v.number().orElse(1)).value()));
            return new BenchmarkRule.ByYear(values);
        }
        if (n.get("by_industry").isPresent()) {
            Map<String, Double> values = new LinkedHashMap<>();
            n.get("by_industry").get().entries().forEach((k, v) -> values.put(k.strip(), positive(v, v.number().orElse(1)).value()));
            OptionalDouble fallback = n.require("default").map(SchemeNode::number).orElse(OptionalDouble.empty());
            return new BenchmarkRule.ByIndustry(values, fallback);
        }
        return derived(n);
    }

    private BenchmarkRule derived(SchemeNode n) {
        Optional<String> word = n.require("statistic").flatMap(s -> s.word(Set.of("mean", "median", "trimmed_mean", "percentile", "aggregate_ratio")));
        BenchmarkRule.Statistic stat = word.map(w -> BenchmarkRule.Statistic.valueOf(w.toUpperCase(java.util.Locale.ROOT))).orElse(BenchmarkRule.Statistic.MEAN);
        double parameter = switch (stat) {
            case TRIMMED_MEAN -> n.numberOr("trim", 10);
            case PERCENTILE -> n.require("percentile").map(p -> p.number().orElse(50)).orElse(50.0);
            default -> Double.NaN;
        };
        if ((stat == BenchmarkRule.Statistic.TRIMMED_MEAN && !(parameter >= 0 && parameter < 50))
                || (stat == BenchmarkRule.Statistic.PERCENTILE && !(parameter >= 0 && parameter <= 100))) {
            n.problem(stat.word() + " parameter out of range: " + parameter);
        }
        PeerScope peers = peers(n.get("peers"));
        return new BenchmarkRule.Derived(stat, peers, parameter, n.numberOr("factor", 1), (int) n.numberOr("min_peers", 1));
    }

    private int yearKey(SchemeNode v, String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            v.problem("by_year key must be a year, was \"" + key + "\"");
            return 0;
        }
    }

    private BenchmarkRule.Fixed positive(SchemeNode n, double v) {
        if (v <= 0) {
            n.problem("benchmark must be positive, was " + v);
        }
        return new BenchmarkRule.Fixed(v);
    }

    private PeerScope peers(Optional<SchemeNode> n) {
        return n.flatMap(p -> p.word(PEERS)).map(PeerScope::ofWord).orElse(PeerScope.CATEGORY);
    }

    private NormaliserSpec normaliser(SchemeNode n) {
        Set<String> kinds = Set.of("ratio", "scaled", "min_max", "z_score", "rank", "percentile_rank", "distance_to_target", "distance_to_best", "none");
        if (n.isScalar()) {
            return n.word(kinds).map(w -> NormaliserSpec.of(NormaliserKind.valueOf(w.toUpperCase(java.util.Locale.ROOT)))).orElse(NormaliserSpec.ratio());
        }
        n.allowOnly(Set.of("method", "low", "high", "scale", "mean", "sd", "sd_of", "target", "cap_at_target", "peers"));
        NormaliserKind kind = n.require("method").flatMap(m -> m.word(kinds))
                .map(w -> NormaliserKind.valueOf(w.toUpperCase(java.util.Locale.ROOT))).orElse(NormaliserKind.RATIO);
        NormaliserSpec d = NormaliserSpec.of(kind);
        boolean z = kind == NormaliserKind.Z_SCORE;
        double low = n.numberOr(z ? "mean" : "low", d.low());
        double high = n.numberOr(z ? "sd" : "high", d.high());
        boolean sample = n.get("sd_of").flatMap(s -> s.word(Set.of("sample", "population"))).map("sample"::equals).orElse(true);
        boolean capAtTarget = n.get("cap_at_target").map(SchemeNode::flag).orElse(false);
        if (kind == NormaliserKind.MIN_MAX && !(high > low)) {
            n.problem("min_max needs high > low, was low " + low + ", high " + high);
        }
        return new NormaliserSpec(kind, low, high, n.numberOr("scale", d.scale()), n.numberOr("target", Double.NaN), sample, capAtTarget, peers(n.get("peers")));
    }

    private MissingRule missing(SchemeNode n) {
        Set<String> words = Set.of("zero", "mean", "median", "mean_score", "exclude", "mark");
        if (n.isScalar()) {
            return n.word(words).map(w -> new MissingRule(MissingTreatment.valueOf(w.toUpperCase(java.util.Locale.ROOT)), PeerScope.CATEGORY)).orElse(MissingRule.ZERO);
        }
        n.allowOnly(Set.of("rule", "peers"));
        MissingTreatment t = n.require("rule").flatMap(r -> r.word(words)).map(w -> MissingTreatment.valueOf(w.toUpperCase(java.util.Locale.ROOT))).orElse(MissingTreatment.ZERO);
        return new MissingRule(t, peers(n.get("peers")));
    }

    private OutlierRule outliers(SchemeNode n) {
        if (n.isScalar()) {
            n.word(Set.of("none"));
            return OutlierRule.NONE;
        }
        n.allowOnly(Set.of("method", "lower", "upper", "peers"));
        n.require("method").ifPresent(m -> m.word(Set.of("winsorise")));
        double lower = n.numberOr("lower", 1);
        double upper = n.numberOr("upper", 99);
        if (!(0 <= lower && lower < upper && upper <= 100)) {
            n.problem("winsorise needs 0 ≤ lower < upper ≤ 100, was " + lower + " and " + upper);
            return OutlierRule.NONE;
        }
        return new OutlierRule(true, lower, upper, peers(n.get("peers")));
    }
}
