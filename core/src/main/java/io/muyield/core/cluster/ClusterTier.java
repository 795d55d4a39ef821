package io.muyield.core.cluster;

/** The tiers of the 33618 system (DOMAIN.md §9). */
public enum ClusterTier {
    TRILLION("万亿级主导产业集群", "Trillion-yuan leading cluster"),
    FIVE_HUNDRED_BILLION("五千亿级支柱产业集群", "500-billion pillar cluster"),
    HUNDRED_BILLION("千亿级特色优势产业集群", "100-billion distinctive cluster"),
    RISING_STAR_GROWTH("新星产业集群（高成长性产业）", "Rising star: high-growth industry"),
    RISING_STAR_FUTURE("新星产业集群（未来产业）", "Rising star: future industry");

    private final String nameZh;
    private final String nameEn;

    ClusterTier(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isRisingStar() {
        return this == RISING_STAR_GROWTH || this == RISING_STAR_FUTURE;
    }
}
