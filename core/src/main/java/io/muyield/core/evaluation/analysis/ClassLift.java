package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.run.UnitRescoring;
import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.core.evaluation.scheme.ClassMethod;
import io.muyield.core.evaluation.scheme.Classification;
import io.muyield.core.fact.FactField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The smallest change of each fact, alone, that would lift a unit one class (its health report): for threshold classes
 * the next class's minimum score, for quota classes the current boundary score of the class above in the unit's group.
 * Found by bracketing and bisection on the unit's own total with everything fitted on its peers held fixed
 * ({@link UnitRescoring}); a fact whose score is capped, or that does not move the total, is reported as unreachable.
 */
public final class ClassLift {

    private static final int STEPS = 200;

    private ClassLift() {
    }

    public static HealthReport of(EvaluationResults results, int row) {
        UnitResult u = results.unit(row);
        Classification cl = results.scheme().classification();
        if (u.status() != UnitStatus.CLASSIFIED) {
            return note(u, "未参与分档（" + u.status().zh() + "），无升档测算", "not classed by score (" + u.status().en() + "): nothing to lift");
        }
        int b = cl.indexOf(u.classBeforeVeto());
        if (!u.classLabel().equals(u.classBeforeVeto())) {
            return note(u, "档次由否决事项决定（" + u.classBeforeVeto() + " → " + u.classLabel() + "），调整指标不能改变", "the class is set by a veto; no change of facts lifts it");
        }
        if (b == 0) {
            return note(u, "已是最高档 " + u.classLabel(), "already in the top class " + u.classLabel());
        }
        double target = cl.method() == ClassMethod.THRESHOLDS ? cl.bands().get(b - 1).minScore() : results.classStanding(row).boundaryScores().get(b - 1);
        if (Double.isNaN(target)) {
            return note(u, "上一档当前无企业，无边界分数", "the class above is empty in this group: no boundary score");
        }
        UnitRescoring rescoring = new UnitRescoring(results, row);
        List<FactChange> changes = new ArrayList<>();
        for (String column : rescoring.inputColumns()) {
            changes.add(change(rescoring, column, target));
        }
        changes.sort((x, y) -> Boolean.compare(y.reachable(), x.reachable()));
        return new HealthReport(u.id(), u.classLabel(), cl.bands().get(b - 1).id(), u.total(), target,
                cl.method() == ClassMethod.THRESHOLDS ? "threshold" : "quota boundary", changes,
                List.of("（其他企业的得分与基准保持不变）"), List.of("(other units' scores and the benchmarks held as they are)"));
    }

    private static HealthReport note(UnitResult u, String zh, String en) {
        return new HealthReport(u.id(), u.classLabel(), "", u.total(), Double.NaN, "", List.of(), List.of(zh), List.of(en));
    }

    static FactChange change(UnitRescoring r, String column, double target) {
        double v0 = r.value(column);
        double start = Double.isNaN(v0) ? 0 : v0;
        DoubleUnaryOperator total = v -> r.totalWith(Map.of(column, v));
        double t0 = total.applyAsDouble(start);
        double up = total.applyAsDouble(start * 2 + 1);
        double down = start > 0 ? total.applyAsDouble(start / 2) : Double.NaN;
        double required = Double.NaN;
        if (t0 >= target) {
            required = start;
        } else if (up > t0) {
            required = searchUp(total, start, target);
        } else if (down > t0) {
            required = searchDown(total, start, target);
        }
        String[] names = names(column);
        return new FactChange(column, names[0], names[1], names[2], start, required, !Double.isNaN(required));
    }

    private static double searchUp(DoubleUnaryOperator total, double lo, double target) {
        double hi = Math.max(lo, 1);
        for (int i = 0; i < 80 && !(total.applyAsDouble(hi) >= target); i++) {
            hi *= 2;
        }
        if (!(total.applyAsDouble(hi) >= target)) {
            return Double.NaN;
        }
        for (int i = 0; i < STEPS && hi - lo > Math.ulp(hi) * 4; i++) {
            double mid = lo + (hi - lo) / 2;
            if (total.applyAsDouble(mid) >= target) hi = mid; else lo = mid;
        }
        return hi;
    }

    private static double searchDown(DoubleUnaryOperator total, double hi, double target) {
        double lo = hi * 1e-12;
        if (!(total.applyAsDouble(lo) >= target)) {
            return Double.NaN;
        }
        for (int i = 0; i < STEPS && hi - lo > Math.ulp(hi) * 4; i++) {
            double mid = lo + (hi - lo) / 2;
            if (total.applyAsDouble(mid) >= target) lo = mid; else hi = mid;
        }
        return lo;
    }

    /** {zh, en, unit} of a column: the fact's names and canonical unit, 用地面积 for land, the column itself otherwise. */
    static String[] names(String column) {
        if (column.equals("land")) {
            return new String[]{"用地面积", "land used", "亩"};
        }
        for (FactField f : FactField.values()) {
            if (f.column().equals(column)) {
                return new String[]{f.nameZh(), f.nameEn(), f.canonicalUnit().symbolZh()};
            }
        }
        return new String[]{column, column, ""};
    }
}
