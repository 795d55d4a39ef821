package io.muyield.core.enterprise;

/** Registration status as market registration reports it. */
public enum EnterpriseStatus {
    ACTIVE("存续"), SUSPENDED("停业"), DEREGISTERED("注销"), REVOKED("吊销");

    private final String nameZh;

    EnterpriseStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public static EnterpriseStatus ofChinese(String text) {
        String s = text.strip();
        for (EnterpriseStatus st : values()) {
            if (s.startsWith(st.nameZh)) {
                return st;
            }
        }
        if (s.equals("在业") || s.equals("开业")) {
            return ACTIVE;
        }
        throw new IllegalArgumentException("未知的登记状态“" + text + "” (unknown registration status)");
    }
}
