package io.muyield.store.region;

import io.muyield.core.indicator.Indicator;

import java.util.Optional;

/** What a region can be coloured, compared or ranked by: a count, a summed fact, or a ratio of summed facts. */
public enum Metric {
    ENTERPRISES("企业数", "Enterprises", "家", null),
    ABOVE_SCALE("规上企业数", "Above-scale enterprises", "家", null),
    OUTPUT("工业总产值", "Gross industrial output", "万元", null),
    VALUE_ADDED("工业增加值", "Value added", "万元", null),
    TAX("实缴税金", "Taxes paid", "万元", null),
    REVENUE("营业收入", "Revenue", "万元", null),
    TAX_PER_MU(Indicator.TAX_PER_MU),
    VALUE_ADDED_PER_MU(Indicator.VALUE_ADDED_PER_MU),
    OUTPUT_PER_MU(Indicator.OUTPUT_PER_MU),
    REVENUE_PER_MU(Indicator.REVENUE_PER_MU),
    ENERGY_PRODUCTIVITY(Indicator.ENERGY_PRODUCTIVITY),
    TAX_PER_KWH(Indicator.TAX_PER_KWH),
    WATER_PRODUCTIVITY(Indicator.WATER_PRODUCTIVITY),
    RD_INTENSITY(Indicator.RD_INTENSITY),
    LABOUR_PRODUCTIVITY(Indicator.LABOUR_PRODUCTIVITY);

    private final String nameZh;
    private final String nameEn;
    private final String unit;
    private final Indicator indicator;

    Metric(String nameZh, String nameEn, String unit, Indicator indicator) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.indicator = indicator;
    }

    Metric(Indicator indicator) {
        this(indicator.nameZh(), indicator.nameEn(), indicator.unit(), indicator);
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    /** The ratio indicator behind this metric, if it is one. */
    public Optional<Indicator> indicator() {
        return Optional.ofNullable(indicator);
    }
}
