package io.muyield.core.evaluation.run;

/** A bonus, deduction or veto that applied to a unit, with its reason (the tag or event and the rule's name). */
public record AppliedAdjustment(Kind kind, String ruleId, String nameZh, String trigger, int occurrences, double points, String classEffect) {

    public enum Kind {
        BONUS, DEDUCTION, VETO
    }
}
