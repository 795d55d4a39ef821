package io.muyield.core.evaluation.run;

/** Where a unit ended up in a run. */
public enum UnitStatus {
    /** Exempt and not evaluated (public utilities, …). */
    EXEMPT("免评", "exempt"),
    /** No category's condition held. */
    OUT_OF_SCOPE("不在评价范围", "out of scope"),
    /** Scored and classed. */
    CLASSIFIED("已评价分档", "scored and classed"),
    /** Scored and ranked, but given no class (exemption with effect unclassified, marked missing data, or no score). */
    UNCLASSIFIED("只评价未分档", "scored, not classed"),
    /** A tenant given its landlord's class. */
    INHERITED("承继出租方档次", "class inherited from landlord");

    private final String zh;
    private final String en;

    UnitStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
