package io.muyield.ingest.value;

import io.muyield.core.fact.Unit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers as people type them: full-width digits, thousands separators ({@code 1,234.5}, {@code 1，234}),
 * accounting negatives {@code (1,234)} and {@code △1234}, a unit after the number ({@code 12.5万元}), percentages,
 * scientific notation. Blank and placeholder dashes are blank; {@code 0} is zero.
 */
public final class Numbers {

    private Numbers() {
    }

    public static ParsedNumber parse(String raw) {
        if (raw == null) {
            return ParsedNumber.BLANK;
        }
        BigDecimal fast = fastPath(raw);
        if (fast != null) {
            return new ParsedNumber.Number(fast, Optional.empty(), false);
        }
        String s = Text.clean(raw);
        if (Text.isBlank(s)) {
            return ParsedNumber.BLANK;
        }
        String original = s;
        boolean negative = false;
        if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("△") || s.startsWith("▲")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        if (s.startsWith("¥") || s.startsWith("￥")) {
            s = s.substring(1).strip();
        }
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        Optional<Unit> unit = Optional.empty();
        int end = s.length();
        while (end > 0 && !isNumberChar(s.charAt(end - 1))) {
            end--;
        }
        if (end < s.length()) {
            String suffix = s.substring(end);
            unit = Unit.fromLabel(suffix);
            if (unit.isEmpty()) {
                return invalid(original);
            }
            s = s.substring(0, end).strip();
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return invalid(original);
        }
        String digits = removeGrouping(s);
        if (digits == null) {
            return new ParsedNumber.Invalid("数字“" + original + "”的千分位分隔不正确",
                    "the number \"" + original + "\" has misplaced thousands separators");
        }
        try {
            BigDecimal v = new BigDecimal(digits);
            return new ParsedNumber.Number(negative ? v.negate() : v, unit, percent);
        } catch (NumberFormatException e) {
            return invalid(original);
        }
    }

    /** Plain ASCII decimals (the common case) without allocation beyond the BigDecimal; null when not plain. */
    private static BigDecimal fastPath(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return null;
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '-') {
            if (n == 1) {
                return null;
            }
            neg = true;
            i = 1;
        }
        long unscaled = 0;
        int scale = -1;
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(neg ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** Drops thousands separators (comma, apostrophe, thin blanks) when the groups are of three digits; null if not. */
    private static String removeGrouping(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('\'') < 0 && s.indexOf(' ') < 0) {
            return s;
        }
        int dot = s.indexOf('.');
        String integer = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot);
        String[] groups = integer.split("[,' ]", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        if (fraction.indexOf(',') >= 0 || fraction.indexOf(' ') >= 0) {
            return null;
        }
        return String.join("", groups) + fraction;
    }

    private static ParsedNumber invalid(String original) {
        return new ParsedNumber.Invalid("“" + original + "”不是有效数字", "\"" + original + "\" is not a number");
    }
}
