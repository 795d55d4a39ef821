package io.muyield.core.evaluation.scheme;

/**
 * What happens to a missing indicator value (DOMAIN.md §6: always stated). ZERO: the value counts as 0.
 * MEAN / MEDIAN: the peer group's mean or median of the values present. MEAN_SCORE: the item's score is the peer
 * group's mean score on that item (Huangyan's rule for 规上 firms without emission data). EXCLUDE: the item is left out
 * and the weights of the rest rescaled. MARK: scored as 0 and the unit is left unclassified (只评价未分档).
 */
public enum MissingTreatment {
    ZERO("zero"), MEAN("mean"), MEDIAN("median"), MEAN_SCORE("mean_score"), EXCLUDE("exclude"), MARK("mark");

    private final String word;

    MissingTreatment(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
