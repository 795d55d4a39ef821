package io.muyield.core.fact;

/** The departments that deliver facts (DOMAIN.md §3), with their default priority when two report the same field (lower wins). */
public enum Source {
    TAX("tax", "税务局", "Tax bureau", 1),
    STATISTICS("statistics", "统计局", "Statistics bureau", 2),
    LAND("land", "规划自然资源局", "Natural-resources land register", 1),
    POWER("power", "电力公司", "Power company", 1),
    ENVIRONMENT("environment", "生态环境局", "Environment bureau", 1),
    REGISTRATION("registration", "市场监管局", "Market registration", 1);

    private final String key;
    private final String nameZh;
    private final String nameEn;
    private final int priority;

    Source(String key, String nameZh, String nameEn, int priority) {
        this.key = key;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.priority = priority;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int priority() {
        return priority;
    }

    public static Source ofKey(String key) {
        for (Source s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source: " + key + " (known: tax, statistics, land, power, environment, registration)");
    }
}
