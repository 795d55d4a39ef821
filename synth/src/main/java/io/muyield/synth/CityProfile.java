package io.muyield.synth;

/**
 * The city the generator imitates and the figures it is calibrated to (DOMAIN.md §10, Chongqing 2023).
 * <p>
 * Per-mu targets hold for any city size: a pilot pass over the generated city fixes the land, value-added and tax
 * scale so that Σ numerator ÷ Σ land mu over 规上 manufacturing in {@code calibrationYear} equals the targets, and the
 * output scale so that the mean 规上 manufacturing output per firm is {@code outputTarget ÷ aboveScaleManufacturingCount}.
 *
 * @param aboveScaleManufacturingCount 规上 manufacturing enterprises in the calibration year at the default city
 *                                     size. UNCONFIRMED: Chongqing reports roughly 7,000–8,000 规上 industrial
 *                                     enterprises; we take 7,200 manufacturing ones.
 * @param aboveScaleShare              the share of enterprises above the 规上 line in the calibration year.
 *                                     UNCONFIRMED: 0.15 (the rest are 规下). With the count it sets the default size.
 * @param aboveScaleRevenueLine        the 规上 line, 万元 of revenue (DOMAIN.md §3: 2000 万元)
 * @param calibrationYear              the year the targets are for
 * @param taxPerMu                     亩均税收 target, 万元/亩 (18.98)
 * @param valueAddedPerMu              亩均增加值 target, 万元/亩 (166.87)
 * @param outputPerMu                  亩均产值 target, 万元/亩 (734.17)
 * @param outputTarget                 规上 manufacturing gross output at the default size, 万元 (2.6 万亿元 = 2.6e8 万元)
 */
public record CityProfile(int aboveScaleManufacturingCount, double aboveScaleShare, double aboveScaleRevenueLine,
                          int calibrationYear, double taxPerMu, double valueAddedPerMu, double outputPerMu,
                          double outputTarget) {

    /**
     * Share of enterprises drawn above the 规上 line that are manufacturing and active in the calibration year
     * (measured: utilities and software, entries, exits and ramp-up below the line take ≈ 8 %); used only to size the default city.
     */
    static final double ABOVE_SCALE_MANUFACTURING_ACTIVE = 0.92;

    public CityProfile {
        if (aboveScaleManufacturingCount <= 0) {
            throw new IllegalArgumentException("规上 count must be positive");
        }
        if (!(aboveScaleShare > 0 && aboveScaleShare < 1)) {
            throw new IllegalArgumentException("规上 share must lie in (0, 1), was " + aboveScaleShare);
        }
        if (!(aboveScaleRevenueLine > 0 && taxPerMu > 0 && valueAddedPerMu > 0 && outputPerMu > valueAddedPerMu && outputTarget > 0)) {
            throw new IllegalArgumentException("calibration targets must be positive and value added below output");
        }
    }

    /** Chongqing 2023 (DOMAIN.md §10). */
    public static CityProfile chongqing2023() {
        return new CityProfile(7_200, 0.15, 2000, 2023, 18.98, 166.87, 734.17, 2.6e8);
    }

    /** The number of enterprises that gives about {@link #aboveScaleManufacturingCount()} 规上 manufacturing firms. */
    public int defaultEnterprises() {
        return (int) Math.round(aboveScaleManufacturingCount / (aboveScaleShare * ABOVE_SCALE_MANUFACTURING_ACTIVE) / 100.0) * 100;
    }

    /** The target mean gross output of one 规上 manufacturing enterprise, 万元. */
    public double outputPerAboveScaleFirm() {
        return outputTarget / aboveScaleManufacturingCount;
    }

    public CityProfile withAboveScaleManufacturingCount(int count) {
        return new CityProfile(count, aboveScaleShare, aboveScaleRevenueLine, calibrationYear, taxPerMu, valueAddedPerMu, outputPerMu, outputTarget);
    }
}
