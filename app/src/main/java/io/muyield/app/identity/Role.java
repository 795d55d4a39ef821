package io.muyield.app.identity;

/** The roles of muyield. Only the city-wide roles exist yet; scoped roles come with data-scope enforcement. */
public enum Role {
    CITY_ADMIN("市级管理员", "City administrator"),
    CITY_ANALYST("市级分析员", "City analyst");

    private final String nameZh;
    private final String nameEn;

    Role(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
