package io.muyield.core.region;

/** The level of the authority that approved a park (经信委 roster column 园区级别). */
public enum ParkLevel {
    NATIONAL("国家级"), MUNICIPAL("市级"), DISTRICT("区县级");

    private final String nameZh;

    ParkLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Reads the roster's Chinese label (国家级 / 市级 / 区县级) or the enum name. */
    public static ParkLevel ofChinese(String text) {
        String s = text.strip();
        for (ParkLevel level : values()) {
            if (level.nameZh.equals(s) || level.name().equals(s)) {
                return level;
            }
        }
        throw new IllegalArgumentException("未知的园区级别“" + text + "” (unknown park level; expected 国家级, 市级 or 区县级)");
    }
}
