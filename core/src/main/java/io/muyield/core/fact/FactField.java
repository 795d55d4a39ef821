package io.muyield.core.fact;

/**
 * The yearly facts kept per enterprise (DOMAIN.md §3), each in its dimension's canonical unit once fused.
 * Column names are the stable names used in storage, files and the API.
 */
public enum FactField {
    TAX("tax", "实缴税金", "Taxes paid", Dimension.MONEY),
    REVENUE("revenue", "营业收入", "Revenue", Dimension.MONEY),
    OUTPUT("output", "工业总产值", "Gross industrial output", Dimension.MONEY),
    VALUE_ADDED("value_added", "工业增加值", "Industrial value added", Dimension.MONEY),
    RD_SPENDING("rd_spending", "研发经费支出", "R&D spending", Dimension.MONEY),
    EMPLOYEES("employees", "从业人员平均人数", "Average employees", Dimension.HEADCOUNT),
    ENERGY("energy", "综合能源消费量", "Total energy use", Dimension.ENERGY),
    ELECTRICITY("electricity", "用电量", "Electricity use", Dimension.ELECTRICITY),
    WATER("water", "用水量", "Water use", Dimension.MASS),
    COD("cod", "化学需氧量排放量", "COD emissions", Dimension.MASS),
    AMMONIA_NITROGEN("ammonia_nitrogen", "氨氮排放量", "Ammonia nitrogen emissions", Dimension.MASS),
    SO2("so2", "二氧化硫排放量", "SO₂ emissions", Dimension.MASS),
    NOX("nox", "氮氧化物排放量", "NOₓ emissions", Dimension.MASS),
    LAND_OWNED("land_owned", "自有用地面积", "Own land", Dimension.AREA),
    LAND_LEASED("land_leased", "租赁用地面积", "Leased land", Dimension.AREA);

    private final String column;
    private final String nameZh;
    private final String nameEn;
    private final Dimension dimension;

    FactField(String column, String nameZh, String nameEn, Dimension dimension) {
        this.column = column;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.dimension = dimension;
    }

    public String column() {
        return column;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Unit canonicalUnit() {
        return Unit.canonical(dimension);
    }

    public static FactField ofColumn(String column) {
        for (FactField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fact field: " + column);
    }
}
