package io.muyield.core.industry;

import java.util.Objects;
import java.util.Optional;

/**
 * A GB/T 4754-2017 国民经济行业分类 code: a 门类 letter (A–T) or a 2-, 3- or 4-digit 大类/中类/小类 code.
 * The 门类 of a numeric code is found in the catalogue; manufacturing (门类 C) is 大类 13–43.
 */
public record IndustryCode(String value) implements Comparable<IndustryCode> {

    public IndustryCode {
        Objects.requireNonNull(value, "industry code");
        problemWith(value).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    public static IndustryCode parse(String text) {
        Objects.requireNonNull(text, "industry code");
        return new IndustryCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static Optional<String> problemWith(String value) {
        if (value.length() == 1 && value.charAt(0) >= 'A' && value.charAt(0) <= 'T') {
            return Optional.empty();
        }
        if (value.length() < 2 || value.length() > 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("行业代码应为门类字母或2–4位数字，实为“" + value + "” (industry code must be a section letter or 2–4 digits)");
        }
        return Optional.empty();
    }

    public IndustryLevel level() {
        return IndustryLevel.ofLength(value.length());
    }

    public boolean isSection() {
        return level() == IndustryLevel.SECTION;
    }

    /** The 大类 (2 digits) this code belongs to; empty for a 门类 letter. */
    public Optional<IndustryCode> division() {
        return isSection() ? Optional.empty() : Optional.of(new IndustryCode(value.substring(0, 2)));
    }

    /** The code one level up inside the digits; empty for a 大类 or a 门类 (their parent is a section, found in the catalogue). */
    public Optional<IndustryCode> parentWithinDigits() {
        return value.length() > 2 ? Optional.of(new IndustryCode(value.substring(0, value.length() - 1))) : Optional.empty();
    }

    /** Manufacturing = 门类 C = 大类 13–43 (GB/T 4754-2017). */
    public boolean isManufacturing() {
        if (isSection()) {
            return value.equals("C");
        }
        int division = Integer.parseInt(value.substring(0, 2));
        return division >= 13 && division <= 43;
    }

    /** Whether this code equals the prefix or lies beneath it ("39" covers "3914"). Sections never cover digits here. */
    public boolean within(IndustryCode prefix) {
        return !prefix.isSection() && !isSection() && value.startsWith(prefix.value);
    }

    @Override
    public int compareTo(IndustryCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
