package io.muyield.core.evaluation.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the classification and the adjustments (bonuses, deductions, vetoes) of a scheme. */
final class ClassReader {

    Classification classification(SchemeNode n) {
        n.allowOnly(Set.of("method", "within", "classes", "unclassified", "equal_scores"));
        ClassMethod method = n.require("method").flatMap(m -> m.word(Set.of("quota", "thresholds")))
                .map(w -> w.equals("quota") ? ClassMethod.QUOTA : ClassMethod.THRESHOLDS).orElse(ClassMethod.QUOTA);
        PeerScope within = n.get("within").flatMap(w -> w.word(Set.of("category", "city", "district", "industry"))).map(PeerScope::ofWord).orElse(PeerScope.CATEGORY);
        boolean same = n.get("equal_scores").flatMap(w -> w.word(Set.of("same_class", "tie_break"))).map("same_class"::equals).orElse(false);
        List<ClassBand> bands = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SchemeNode b : n.require("classes").map(SchemeNode::items).orElse(List.of())) {
            b.allowOnly(Set.of("id", "name", "share", "min_score"));
            String id = b.require("id").map(SchemeNode::text).orElse("?");
            if (!ids.add(id)) {
                b.problem("class '" + id + "' is defined twice");
            }
            double share = b.get("share").map(s -> s.number().orElse(Double.NaN)).orElse(Double.NaN);
            double min = b.get("min_score").map(s -> s.number().orElse(Double.NaN)).orElse(Double.NaN);
            bands.add(new ClassBand(id, b.textOr("name", id), share, min, b.line()));
        }
        if (bands.isEmpty()) {
            n.problem("classification needs at least one class");
        } else if (method == ClassMethod.QUOTA) {
            checkShares(n, bands);
        } else {
            checkThresholds(bands, n);
        }
        return new Classification(method, within, bands, n.textOr("unclassified", "T"), same);
    }

    private void checkShares(SchemeNode n, List<ClassBand> bands) {
        BigDecimal total = BigDecimal.ZERO;
        for (ClassBand b : bands) {
            if (Double.isNaN(b.sharePercent()) || b.sharePercent() < 0) {
                n.problem("class " + b.id() + " (line " + b.line() + ") needs a share in per cent, e.g. share: 20");
                return;
            }
            total = total.add(BigDecimal.valueOf(b.sharePercent()));
        }
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            n.problem("class shares must add up to 100, they add up to " + total.stripTrailingZeros().toPlainString());
        }
    }

    private void checkThresholds(List<ClassBand> bands, SchemeNode n) {
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < bands.size() - 1; i++) {
            double min = bands.get(i).minScore();
            if (Double.isNaN(min)) {
                n.problem("class " + bands.get(i).id() + " (line " + bands.get(i).line() + ") needs min_score");
            } else if (min >= previous) {
                n.problem("min_score must fall from class to class; " + bands.get(i).id() + " has " + min + " after " + previous);
            } else {
                previous = min;
            }
        }
    }

    Adjustments adjustments(SchemeNode n, Classification classification) {
        n.allowOnly(Set.of("bonuses", "bonus_cap", "deductions", "deduction_cap", "vetoes"));
        List<AdjustmentRule> bonuses = n.get("bonuses").map(this::rules).orElse(List.of());
        List<AdjustmentRule> deductions = n.get("deductions").map(this::rules).orElse(List.of());
        List<Veto> vetoes = new ArrayList<>();
        for (SchemeNode v : n.get("vetoes").map(SchemeNode::items).orElse(List.of())) {
            v.allowOnly(Set.of("id", "name", "event", "effect", "class"));
            String id = v.require("id").map(SchemeNode::text).orElse("?");
            VetoEffect effect = v.require("effect").flatMap(e -> e.word(Set.of("force", "down_one", "cap")))
                    .map(w -> VetoEffect.valueOf(w.toUpperCase(java.util.Locale.ROOT))).orElse(VetoEffect.FORCE);
            String cls = v.textOr("class", "");
            if (effect != VetoEffect.DOWN_ONE && (classification == null || classification.indexOf(cls) < 0)) {
                v.problem("veto " + id + " needs a class that the classification defines, was \"" + cls + "\"");
            }
            vetoes.add(new Veto(id, v.textOr("name", id), v.require("event").map(SchemeNode::text).orElse("?"), effect, cls, v.line()));
        }
        return new Adjustments(bonuses, cap(n.get("bonus_cap")), deductions, cap(n.get("deduction_cap")), vetoes);
    }

    private OptionalDouble cap(Optional<SchemeNode> n) {
        return n.map(SchemeNode::number).orElse(OptionalDouble.empty());
    }

    private List<AdjustmentRule> rules(SchemeNode list) {
        List<AdjustmentRule> out = new ArrayList<>();
        for (SchemeNode r : list.items()) {
            r.allowOnly(Set.of("id", "name", "tag", "event", "points", "per_occurrence", "from", "until"));
            String id = r.require("id").map(SchemeNode::text).orElse("?");
            Optional<SchemeNode> tag = r.get("tag");
            Optional<SchemeNode> event = r.get("event");
            if (tag.isPresent() == event.isPresent()) {
                r.problem("adjustment " + id + " needs exactly one of tag or event");
            }
            String trigger = tag.or(() -> event).map(SchemeNode::text).orElse("?");
            double points = r.require("points").map(p -> p.number().orElse(0)).orElse(0.0);
            if (points < 0) {
                r.problem("points of " + id + " must not be negative (deductions are listed under deductions)");
            }
            out.add(new AdjustmentRule(id, r.textOr("name", id), tag.isPresent(), trigger, points,
                    r.get("per_occurrence").map(SchemeNode::flag).orElse(false), year(r.get("from")), year(r.get("until")), r.line()));
        }
        return out;
    }

    private OptionalInt year(Optional<SchemeNode> n) {
        return n.map(y -> y.number()).filter(OptionalDouble::isPresent).map(d -> OptionalInt.of((int) d.getAsDouble())).orElse(OptionalInt.empty());
    }
}
