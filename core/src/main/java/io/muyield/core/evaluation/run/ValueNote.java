package io.muyield.core.evaluation.run;

/** What happened to an indicator value on its way to a score. */
public enum ValueNote {
    NONE("", ""),
    IMPUTED("缺失，已按规则补值", "missing, imputed by the rule"),
    CLIPPED_LOW("低于下限，已缩尾", "below the lower bound, winsorised"),
    CLIPPED_HIGH("高于上限，已缩尾", "above the upper bound, winsorised"),
    MISSING("缺失，不计入", "missing, left out"),
    MEAN_SCORE("缺失，取同组平均得分", "missing, given the peer group's mean score"),
    MARKED("缺失，记0分并标记", "missing, scored 0 and marked");

    private final String zh;
    private final String en;

    ValueNote(String zh, String en) {
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
