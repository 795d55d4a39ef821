package io.muyield.core.evaluation.scheme;

/** The normalisation methods (OECD/JRC Handbook; COINr's n_* functions). */
public enum NormaliserKind {
    /** x ÷ benchmark (b ÷ x when lower is better): COINr's "scaled" with a = 0, b = benchmark. */
    RATIO("ratio"),
    /** (x − low) ÷ (high − low) × scale, high defaulting to the benchmark (COINr n_scaled with s instead of 100). */
    SCALED("scaled"),
    /** (x − min) ÷ (max − min) × (high − low) + low over the peer group (COINr n_minmax). */
    MIN_MAX("min_max"),
    /** (x − mean) ÷ sd × sd' + mean', sd of the sample (n − 1, as R's sd) or of the population (n) (COINr n_zscore). */
    Z_SCORE("z_score"),
    /** Rank within the peer group, ties take the lowest rank, highest value gets rank n (COINr n_rank). */
    RANK("rank"),
    /** (rank − 1) ÷ (n − 1) × scale (COINr n_prank × scale). */
    PERCENTILE_RANK("percentile_rank"),
    /** 1 − (target − x) ÷ (target − min), optionally capped at 1 (COINr n_dist2targ). */
    DISTANCE_TO_TARGET("distance_to_target"),
    /** 1 − (max − x) ÷ (max − min) (COINr n_dist2max). */
    DISTANCE_TO_BEST("distance_to_best"),
    /** The value itself. */
    NONE("none");

    private final String word;

    NormaliserKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public boolean needsBenchmark() {
        return this == RATIO;
    }
}
