package io.muyield.core.fact;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Units as departments report them, each with an exact decimal factor to its dimension's canonical unit
 * (万元, 亩, tce, kWh, t, persons). 1 亩 = 10000/15 m², so 1 m² = 0.0015 亩 exactly (DOMAIN.md §2).
 */
public enum Unit {
    YUAN(Dimension.MONEY, "元", "0.0001"),
    THOUSAND_YUAN(Dimension.MONEY, "千元", "0.1"),
    WAN_YUAN(Dimension.MONEY, "万元", "1"),
    YI_YUAN(Dimension.MONEY, "亿元", "10000"),
    MU(Dimension.AREA, "亩", "1"),
    SQUARE_METRE(Dimension.AREA, "平方米", "0.0015"),
    HECTARE(Dimension.AREA, "公顷", "15"),
    TCE(Dimension.ENERGY, "吨标准煤", "1"),
    KGCE(Dimension.ENERGY, "千克标准煤", "0.001"),
    WAN_TCE(Dimension.ENERGY, "万吨标准煤", "10000"),
    KWH(Dimension.ELECTRICITY, "千瓦时", "1"),
    WAN_KWH(Dimension.ELECTRICITY, "万千瓦时", "10000"),
    TONNE(Dimension.MASS, "吨", "1"),
    KILOGRAM(Dimension.MASS, "千克", "0.001"),
    PERSON(Dimension.HEADCOUNT, "人", "1");

    private final Dimension dimension;
    private final String symbolZh;
    private final BigDecimal toCanonical;

    Unit(Dimension dimension, String symbolZh, String toCanonical) {
        this.dimension = dimension;
        this.symbolZh = symbolZh;
        this.toCanonical = new BigDecimal(toCanonical);
    }

    public Dimension dimension() {
        return dimension;
    }

    public String symbolZh() {
        return symbolZh;
    }

    /** Exact factor: value in this unit × factor = value in the canonical unit. */
    public BigDecimal toCanonicalFactor() {
        return toCanonical;
    }

    public static Unit canonical(Dimension d) {
        return switch (d) {
            case MONEY -> WAN_YUAN;
            case AREA -> MU;
            case ENERGY -> TCE;
            case ELECTRICITY -> KWH;
            case MASS -> TONNE;
            case HEADCOUNT -> PERSON;
        };
    }

    /** Recognises the unit words that appear in department headers: 万元, 元, 平方米, m², ㎡, 亩, kWh, 万千瓦时 … */
    public static Optional<Unit> fromLabel(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return Optional.ofNullable(switch (s) {
            case "元", "yuan", "rmb" -> YUAN;
            case "千元" -> THOUSAND_YUAN;
            case "万元", "万" -> WAN_YUAN;
            case "亿元", "亿" -> YI_YUAN;
            case "亩", "mu" -> MU;
            case "平方米", "m2", "m²", "㎡", "平米" -> SQUARE_METRE;
            case "公顷", "ha", "hm2", "hm²" -> HECTARE;
            case "吨标准煤", "吨标煤", "tce", "吨标准煤(等价值)", "吨标准煤(当量值)" -> TCE;
            case "千克标准煤", "kgce" -> KGCE;
            case "万吨标准煤" -> WAN_TCE;
            case "千瓦时", "kwh", "度" -> KWH;
            case "万千瓦时", "万kwh", "万度" -> WAN_KWH;
            case "吨", "t" -> TONNE;
            case "千克", "公斤", "kg" -> KILOGRAM;
            case "人" -> PERSON;
            default -> null;
        });
    }
}
