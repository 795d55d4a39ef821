package io.muyield.core.indicator;

import io.muyield.core.fact.FactField;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ratio indicators of DOMAIN.md §5, each a quotient of summed facts with a scale factor to its display unit.
 * Land in the denominator is land used (own + leased, 亩).
 */
public enum Indicator {
    TAX_PER_MU("亩均税收", "Tax per mu", "万元/亩", List.of(FactField.TAX), Denominator.LAND, BigDecimal.ONE),
    VALUE_ADDED_PER_MU("亩均增加值", "Value added per mu", "万元/亩", List.of(FactField.VALUE_ADDED), Denominator.LAND, BigDecimal.ONE),
    OUTPUT_PER_MU("亩均产值", "Output per mu", "万元/亩", List.of(FactField.OUTPUT), Denominator.LAND, BigDecimal.ONE),
    REVENUE_PER_MU("亩均营业收入", "Revenue per mu", "万元/亩", List.of(FactField.REVENUE), Denominator.LAND, BigDecimal.ONE),
    ENERGY_PRODUCTIVITY("单位能耗增加值", "Value added per tce", "万元/吨标准煤", List.of(FactField.VALUE_ADDED), Denominator.of(FactField.ENERGY), BigDecimal.ONE),
    /** 万元 ÷ kWh × 10⁴ = 元/kWh. */
    TAX_PER_KWH("单位电耗税收", "Tax per kWh", "元/千瓦时", List.of(FactField.TAX), Denominator.of(FactField.ELECTRICITY), new BigDecimal("10000")),
    WATER_PRODUCTIVITY("单位用水量增加值", "Value added per tonne of water", "万元/吨", List.of(FactField.VALUE_ADDED), Denominator.of(FactField.WATER), BigDecimal.ONE),
    /** R&D ÷ revenue, in per cent. */
    RD_INTENSITY("研发投入强度", "R&D intensity", "%", List.of(FactField.RD_SPENDING), Denominator.of(FactField.REVENUE), new BigDecimal("100")),
    LABOUR_PRODUCTIVITY("全员劳动生产率", "Labour productivity", "万元/人", List.of(FactField.VALUE_ADDED), Denominator.of(FactField.EMPLOYEES), BigDecimal.ONE);

    private final String nameZh;
    private final String nameEn;
    private final String unit;
    private final List<FactField> numerator;
    private final Denominator denominator;
    private final BigDecimal scale;

    Indicator(String nameZh, String nameEn, String unit, List<FactField> numerator, Denominator denominator, BigDecimal scale) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.numerator = numerator;
        this.denominator = denominator;
        this.scale = scale;
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

    public List<FactField> numerator() {
        return numerator;
    }

    public Denominator denominator() {
        return denominator;
    }

    public BigDecimal scale() {
        return scale;
    }

    /** What an indicator divides by: land used (own + leased) or one fact field. */
    public record Denominator(boolean land, FactField field) {
        static final Denominator LAND = new Denominator(true, null);

        static Denominator of(FactField f) {
            return new Denominator(false, f);
        }
    }
}
