package io.muyield.core.evaluation.run;

/** The steps of the pipeline in their order (ARCHITECTURE.md, "The evaluation pipeline"). */
public enum Stage {
    SELECT_AND_EXEMPT("select & exempt"),
    CATEGORIES("categories"),
    INDICATORS("compute indicators"),
    IMPUTE("impute missing"),
    OUTLIERS("treat outliers"),
    BENCHMARK("benchmark"),
    NORMALISE("normalise"),
    CAP_AND_FLOOR("cap/floor"),
    WEIGHT("weight"),
    AGGREGATE("aggregate"),
    ADJUST("adjust"),
    CLASSIFY("classify"),
    RANK("rank");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
