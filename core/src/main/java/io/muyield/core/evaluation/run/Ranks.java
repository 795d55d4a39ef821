package io.muyield.core.evaluation.run;

/** A unit's ranks (1 = best; 0 = not ranked) and the size of each pool: category city-wide, × district, × industry. */
public record Ranks(int city, int cityOf, int district, int districtOf, int industry, int industryOf) {
    public static final Ranks NONE = new Ranks(0, 0, 0, 0, 0, 0);
}
