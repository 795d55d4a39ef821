package io.muyield.core.evaluation.explain;

import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.ValueNote;

import static io.muyield.core.evaluation.run.Numbers.fixed4;
import static io.muyield.core.evaluation.run.Numbers.plain;

/**
 * The arithmetic of one indicator's score as a clerk would redo it, e.g.
 * "亩均税收 12.0000 ÷ 基准 15 × 权重 40 = 32.0000" / "Tax per mu 12.0000 ÷ benchmark 15 × weight 40 = 32.0000".
 */
final class ScoreArithmetic {

    private ScoreArithmetic() {
    }

    static ExplanationLine of(IndicatorResult r) {
        if (r.note() == ValueNote.MEAN_SCORE) {
            return new ExplanationLine(r.nameZh() + " 缺失，取同组平均得分 " + fixed4(r.capped()) + " × 权重 " + plain(r.weight()) + " = " + fixed4(r.weighted()),
                    r.nameEn() + " missing: the peer group's mean score " + fixed4(r.capped()) + " × weight " + plain(r.weight()) + " = " + fixed4(r.weighted()));
        }
        if (r.note() == ValueNote.MISSING) {
            return new ExplanationLine(r.nameZh() + " 缺失，不计入（其余指标权重按比例计）", r.nameEn() + " missing: left out (the other weights are rescaled)");
        }
        if (r.note() == ValueNote.MARKED) {
            return new ExplanationLine(r.nameZh() + " 缺失，记 0 分并标记，不分档", r.nameEn() + " missing: scored 0 and marked, no class given");
        }
        String[] n = normalisation(r);
        boolean clamped = r.wasCapped() || r.wasFloored();
        if (!clamped && n[2].equals("direct")) {
            return new ExplanationLine(n[0] + " × 权重 " + plain(r.weight()) + " = " + fixed4(r.weighted()),
                    n[1] + " × weight " + plain(r.weight()) + " = " + fixed4(r.weighted()));
        }
        String zh = n[0] + " = " + fixed4(r.normalised());
        String en = n[1] + " = " + fixed4(r.normalised());
        if (r.wasCapped()) {
            zh += "，封顶 " + plain(r.cap()) + " → " + fixed4(r.capped());
            en += ", capped at " + plain(r.cap()) + " → " + fixed4(r.capped());
        } else if (r.wasFloored()) {
            zh += "，保底 " + plain(r.floor()) + " → " + fixed4(r.capped());
            en += ", floored at " + plain(r.floor()) + " → " + fixed4(r.capped());
        }
        return new ExplanationLine(zh + " × 权重 " + plain(r.weight()) + " = " + fixed4(r.weighted()),
                en + " × weight " + plain(r.weight()) + " = " + fixed4(r.weighted()));
    }

    /** {zh, en, "direct" when "× weight" may follow without "= normalised"}. */
    private static String[] normalisation(IndicatorResult r) {
        String v = fixed4(r.value());
        IndicatorResult.Peers p = r.peers();
        String y = r.sign() < 0 ? "−" + v : v;
        return switch (r.normaliser()) {
            case RATIO -> r.sign() > 0
                    ? new String[]{r.nameZh() + " " + v + " ÷ 基准 " + plain(r.benchmark()), r.nameEn() + " " + v + " ÷ benchmark " + plain(r.benchmark()), "direct"}
                    : new String[]{"基准 " + plain(r.benchmark()) + " ÷ " + r.nameZh() + " " + v, "benchmark " + plain(r.benchmark()) + " ÷ " + r.nameEn() + " " + v, "direct"};
            case SCALED -> both(r, "(" + v + " − " + plain(p.low()) + ") ÷ (" + plain(p.high()) + " − " + plain(p.low()) + ") × " + plain(p.scale()));
            case MIN_MAX -> both(r, "(" + y + " − " + fixed4(p.min()) + ") ÷ (" + fixed4(p.max()) + " − " + fixed4(p.min()) + ") × ("
                    + plain(p.high()) + " − " + plain(p.low()) + ") + " + plain(p.low()));
            case Z_SCORE -> both(r, "(" + y + " − " + fixed4(p.mean()) + ") ÷ " + fixed4(p.sd()) + (p.sampleSd() ? " [sd n−1]" : " [sd n]")
                    + " × " + plain(p.high()) + " + " + plain(p.low()));
            case RANK -> new String[]{r.nameZh() + " " + v + " 在 " + p.count() + " 家同组中的位次", r.nameEn() + " " + v + " rank among " + p.count() + " peers", ""};
            case PERCENTILE_RANK -> new String[]{r.nameZh() + " " + v + " 百分位 (位次 − 1) ÷ (" + p.count() + " − 1) × " + plain(p.scale()),
                    r.nameEn() + " " + v + " percentile rank (rank − 1) ÷ (" + p.count() + " − 1) × " + plain(p.scale()), ""};
            case DISTANCE_TO_TARGET -> both(r, "1 − (" + plain(r.sign() * p.target()) + " − " + y + ") ÷ (" + plain(r.sign() * p.target()) + " − " + fixed4(p.min()) + ")");
            case DISTANCE_TO_BEST -> both(r, "1 − (" + fixed4(p.max()) + " − " + y + ") ÷ (" + fixed4(p.max()) + " − " + fixed4(p.min()) + ")");
            case NONE -> new String[]{r.nameZh() + " " + v, r.nameEn() + " " + v, "direct"};
        };
    }

    private static String[] both(IndicatorResult r, String arithmetic) {
        return new String[]{r.nameZh() + " " + arithmetic, r.nameEn() + " " + arithmetic, ""};
    }
}
