package io.muyield.core.industry;

/** The four levels of GB/T 4754-2017. */
public enum IndustryLevel {
    SECTION(1, "门类"), DIVISION(2, "大类"), GROUP(3, "中类"), CLASS(4, "小类");

    private final int number;
    private final String nameZh;

    IndustryLevel(int number, String nameZh) {
        this.number = number;
        this.nameZh = nameZh;
    }

    public int number() {
        return number;
    }

    public String nameZh() {
        return nameZh;
    }

    public static IndustryLevel ofNumber(int number) {
        for (IndustryLevel l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new IllegalArgumentException("industry level must be 1–4, was " + number);
    }

    static IndustryLevel ofLength(int length) {
        return switch (length) {
            case 1 -> SECTION;
            case 2 -> DIVISION;
            case 3 -> GROUP;
            case 4 -> CLASS;
            default -> throw new IllegalArgumentException("no industry level has codes of length " + length);
        };
    }
}
