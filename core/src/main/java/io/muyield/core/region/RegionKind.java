package io.muyield.core.region;

/** The kinds of unit in the region hierarchy (city → 一区两群 group → district or functional zone → park). */
public enum RegionKind {
    MUNICIPALITY("直辖市"), GROUP("区域板块"), DISTRICT("区"), COUNTY("县"), AUTONOMOUS_COUNTY("自治县"),
    FUNCTIONAL_ZONE("功能区"), PARK("园区");

    private final String nameZh;

    RegionKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether units of this kind are evaluated as a 区县 (districts, counties and the functional zones). */
    public boolean isCountyLevel() {
        return this == DISTRICT || this == COUNTY || this == AUTONOMOUS_COUNTY || this == FUNCTIONAL_ZONE;
    }
}
