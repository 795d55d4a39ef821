package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.expression.Expression;
import io.muyield.core.evaluation.expression.ExpressionBinder;
import io.muyield.core.evaluation.scheme.BenchmarkRule;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;
import io.muyield.core.evaluation.scheme.PeerScope;

import java.util.Arrays;
import java.util.Map;

/**
 * Sets each unit's benchmark per rule: a constant, a constant of the data year, an industry's constant (longest code
 * prefix), or a statistic of the peer group's (imputed, winsorised) values × a factor. A derived statistic over groups
 * smaller than min_peers falls back to the category-wide value. aggregate_ratio is Σ numerator ÷ Σ denominator of
 * the formula a ÷ b (× c) over units with both present and b &gt; 0 (DOMAIN.md §8: sums, not averaged ratios).
 */
final class DeriveBenchmarks implements Step {

    public Stage stage() {
        return Stage.BENCHMARK;
    }

    public void apply(RunState s) {
        double[][] out = new double[s.raw.length][];
        for (int c = 0; c < s.fits.length; c++) {
            for (RuleFit fit : s.fits[c]) {
                int k = fit.indicator;
                RunState.allocateMissing(out, k, s.n);
                fill(s, c, fit, out[k]);
            }
        }
        s.benchmark = out;
    }

    private void fill(RunState s, int c, RuleFit fit, double[] b) {
        BenchmarkRule rule = fit.rule.benchmark();
        String subject = fit.rule.indicatorId() + " in " + s.categoryAt(c).id();
        if (rule instanceof BenchmarkRule.Absent) {
            fit.benchmarkNote = "";
            return;
        }
        if (rule instanceof BenchmarkRule.Fixed f) {
            constant(s, c, b, f.value());
            fit.benchmarkNote = "fixed";
            s.log.entry(stage().label(), subject).parameter("fixed", f.value()).add("benchmark " + Numbers.plain(f.value()));
        } else if (rule instanceof BenchmarkRule.ByYear y) {
            Double v = y.values().get(s.input.year());
            if (v == null) {
                throw new EvaluationException("no benchmark for year " + s.input.year() + " in by_year of " + subject + " (scheme line " + fit.rule.line() + ")");
            }
            constant(s, c, b, v);
            fit.benchmarkNote = "year " + s.input.year();
            s.log.entry(stage().label(), subject).parameter("year", s.input.year()).parameter("value", v).add("benchmark of " + s.input.year() + ": " + Numbers.plain(v));
        } else if (rule instanceof BenchmarkRule.ByIndustry bi) {
            byIndustry(s, c, fit, bi, b, subject);
        } else {
            derived(s, c, fit, (BenchmarkRule.Derived) rule, b, subject);
        }
    }

    private static void constant(RunState s, int c, double[] b, double v) {
        for (int u : s.members(c)) {
            b[u] = v;
        }
    }

    private void byIndustry(RunState s, int c, RuleFit fit, BenchmarkRule.ByIndustry rule, double[] b, String subject) {
        long fallbacks = 0;
        for (int u : s.members(c)) {
            String code = s.input.industryCode(u);
            double v = Double.NaN;
            int best = -1;
            for (Map.Entry<String, Double> e : rule.values().entrySet()) {
                if (code.startsWith(e.getKey()) && e.getKey().length() > best) {
                    best = e.getKey().length();
                    v = e.getValue();
                }
            }
            if (best < 0) {
                fallbacks++;
                v = rule.fallback().orElse(Double.NaN);
            }
            b[u] = v;
        }
        fit.benchmarkNote = "by industry";
        s.log.entry(stage().label(), subject).parameter("by_industry", rule.values()).parameter("default", rule.fallback().isPresent() ? Numbers.plain(rule.fallback().getAsDouble()) : "none")
                .count("default_used", fallbacks).add("benchmark by industry code prefix; " + Numbers.count(fallbacks) + " units took the default");
    }

    private void derived(RunState s, int c, RuleFit fit, BenchmarkRule.Derived rule, double[] b, String subject) {
        PeerGroups groups = PeerGroups.of(s, rule.peers(), c, fit.indicator);
        double[] perGroup = statistic(s, fit, rule, groups);
        double whole = statistic(s, fit, rule, PeerGroups.of(s, rule.peers() == PeerScope.CITY ? PeerScope.CITY : PeerScope.CATEGORY, c, fit.indicator))[0];
        int[] sizes = Arrays.stream(groups.values(s.value[fit.indicator])).mapToInt(a -> a.length).toArray();
        long fellBack = 0;
        for (int g = 0; g < perGroup.length; g++) {
            if (sizes[g] < rule.minPeers() || Double.isNaN(perGroup[g])) {
                perGroup[g] = whole;
                fellBack += sizes[g] > 0 ? 1 : 0;
            }
        }
        for (int u : s.members(c)) {
            b[u] = perGroup[groups.groupOf(s, u)] * rule.factor();
        }
        fit.benchmarkNote = rule.statistic().word() + " of " + rule.peers().word() + (rule.factor() != 1 ? " × " + Numbers.plain(rule.factor()) : "");
        MethodologyLog.Entry e = s.log.entry(stage().label(), subject).parameter("statistic", rule.statistic().word()).parameter("peers", rule.peers().word())
                .parameter("factor", rule.factor());
        if (!Double.isNaN(rule.parameter())) {
            e.parameter(rule.statistic() == BenchmarkRule.Statistic.PERCENTILE ? "percentile" : "trim_percent", rule.parameter());
        }
        if (perGroup.length == 1) {
            e.parameter("value", perGroup[0] * rule.factor()).add("benchmark = " + fit.benchmarkNote + " = " + Numbers.fixed4(perGroup[0] * rule.factor()));
        } else {
            e.parameter("min_peers", rule.minPeers()).count("groups", perGroup.length).count("fell_back", fellBack)
                    .add("benchmark per " + rule.peers().word() + " group; " + fellBack + " groups with fewer than " + rule.minPeers() + " values took the category-wide " + Numbers.fixed4(whole * rule.factor()));
        }
    }

    private static double[] statistic(RunState s, RuleFit fit, BenchmarkRule.Derived rule, PeerGroups groups) {
        if (rule.statistic() == BenchmarkRule.Statistic.AGGREGATE_RATIO) {
            return aggregateRatio(s, fit, groups);
        }
        double[][] vals = groups.values(s.value[fit.indicator]);
        double[] out = new double[vals.length];
        for (int g = 0; g < vals.length; g++) {
            out[g] = switch (rule.statistic()) {
                case MEAN -> PeerStatistics.mean(vals[g]);
                case MEDIAN -> PeerStatistics.median(vals[g]);
                case TRIMMED_MEAN -> PeerStatistics.trimmedMean(vals[g], rule.parameter());
                default -> PeerStatistics.percentile(vals[g], rule.parameter());
            };
        }
        return out;
    }

    private static double[] aggregateRatio(RunState s, RuleFit fit, PeerGroups groups) {
        IndicatorDefinition d = s.scheme.indicators().get(fit.indicator);
        Expression f = d.formula();
        double scale = 1;
        if (f instanceof Expression.Binary m && m.operator().equals("*") && m.right() instanceof Expression.Number num) {
            scale = num.value();
            f = m.left();
        }
        if (!(f instanceof Expression.Binary div) || !div.operator().equals("/")) {
            throw new EvaluationException("aggregate_ratio benchmark of " + d.id() + " needs a formula a / b or a / b * c, was " + d.formulaText());
        }
        double[] num = ExpressionBinder.bind(div.left(), s.columns).evaluateAll(s.n);
        double[] den = ExpressionBinder.bind(div.right(), s.columns).evaluateAll(s.n);
        double[][] sums = groups.ratioSums(num, den);
        double[] out = new double[sums.length];
        for (int g = 0; g < sums.length; g++) {
            out[g] = sums[g][1] > 0 ? sums[g][0] / sums[g][1] * scale : Double.NaN;
        }
        return out;
    }
}
