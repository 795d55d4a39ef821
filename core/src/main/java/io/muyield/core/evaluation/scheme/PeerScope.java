package io.muyield.core.evaluation.scheme;

/**
 * The peer group a statistic is taken over: the unit's category city-wide, every scored unit of the city whatever
 * its category, the category within the unit's district, or the category within the unit's industry (GB/T 4754 大类).
 */
public enum PeerScope {
    CATEGORY("category"), CITY("city"), DISTRICT("district"), INDUSTRY("industry");

    private final String word;

    PeerScope(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static PeerScope ofWord(String w) {
        for (PeerScope p : values()) {
            if (p.word.equals(w)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown peer scope " + w);
    }
}
