package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.scheme.ClassBand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two runs side by side (two years, two schemes, or a what-if): the class transition matrix over units matched by id,
 * and the biggest rank movers with the indicators that moved them.
 */
public final class RunComparison {

    private final EvaluationResults before;
    private final EvaluationResults after;

    public RunComparison(EvaluationResults before, EvaluationResults after) {
        this.before = before;
        this.after = after;
    }

    public TransitionMatrix transitions() {
        List<String> labels = new ArrayList<>();
        before.classes().stream().map(ClassBand::id).forEach(labels::add);
        after.classes().stream().map(ClassBand::id).filter(l -> !labels.contains(l)).forEach(labels::add);
        labels.add(TransitionMatrix.NONE);
        long[][] counts = new long[labels.size()][labels.size()];
        int none = labels.size() - 1;
        for (int u = 0; u < before.size(); u++) {
            int v = after.input().indexOf(before.input().id(u));
            int from = index(labels, before.classOf(u), none);
            int to = v < 0 ? none : index(labels, after.classOf(v), none);
            counts[from][to]++;
        }
        for (int v = 0; v < after.size(); v++) {
            if (before.input().indexOf(after.input().id(v)) < 0) {
                counts[none][index(labels, after.classOf(v), none)]++;
            }
        }
        return new TransitionMatrix(labels, counts);
    }

    private static int index(List<String> labels, String label, int none) {
        return label.isEmpty() ? none : labels.indexOf(label);
    }

    /** The {@code limit} units ranked in both runs in the same category whose rank moved most (ties: id order). */
    public List<RankMove> biggestMovers(int limit) {
        List<int[]> pairs = new ArrayList<>();
        for (int u = 0; u < before.size(); u++) {
            int v = after.input().indexOf(before.input().id(u));
            if (v >= 0 && before.cityRank(u) > 0 && after.cityRank(v) > 0 && before.categoryOf(u).equals(after.categoryOf(v))
                    && before.cityRank(u) != after.cityRank(v)) {
                pairs.add(new int[]{u, v, Math.abs(before.cityRank(u) - after.cityRank(v))});
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[0]));
        List<RankMove> out = new ArrayList<>();
        for (int[] p : pairs.subList(0, Math.min(limit, pairs.size()))) {
            out.add(move(p[0], p[1]));
        }
        return out;
    }

    /** The move of one unit (present in both runs). */
    public RankMove move(int rowBefore, int rowAfter) {
        UnitResult a = before.unit(rowBefore);
        UnitResult b = after.unit(rowAfter);
        Map<String, IndicatorResult> byId = new LinkedHashMap<>();
        b.indicators().forEach(i -> byId.put(i.indicatorId(), i));
        List<IndicatorCause> causes = new ArrayList<>();
        for (IndicatorResult i : a.indicators()) {
            IndicatorResult j = byId.remove(i.indicatorId());
            causes.add(new IndicatorCause(i.indicatorId(), i.nameZh(), i.raw(), j == null ? Double.NaN : j.raw(), i.weighted(), j == null ? Double.NaN : j.weighted()));
        }
        byId.values().forEach(j -> causes.add(new IndicatorCause(j.indicatorId(), j.nameZh(), Double.NaN, j.raw(), Double.NaN, j.weighted())));
        causes.sort(Comparator.comparingDouble((IndicatorCause c) -> -Math.abs(c.partChange())));
        return new RankMove(a.id(), a.name(), a.categoryId(), a.ranks().city(), b.ranks().city(), a.total(), b.total(), a.classLabel(), b.classLabel(), List.copyOf(causes));
    }
}
