package io.muyield.core.enterprise;

import java.util.Objects;
import java.util.Optional;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 symbols from a 31-symbol alphabet,
 * the last being a check digit over the first 17 (DOMAIN.md §2).
 */
public record CreditCode(String value) implements Comparable<CreditCode> {

    /** 0-9 A-H J-N P-R T U W-Y: no I, O, Z, S, V. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Symbol → its value in the alphabet, -1 for any other char below 128 (a table: this runs for every row imported). */
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    public CreditCode {
        Objects.requireNonNull(value, "credit code");
        if (!valid(value)) {
            throw new IllegalArgumentException(problemWith(value).orElseThrow());
        }
    }

    /** Parses a code as typed: surrounding blanks are dropped and letters upper-cased; nothing else is forgiven. */
    public static CreditCode parse(String text) {
        Objects.requireNonNull(text, "credit code");
        return new CreditCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The reason a string is not a valid credit code, in words a clerk understands; empty when it is valid. */
    public static Optional<String> problemWith(String value) {
        if (valid(value)) {
            return Optional.empty();
        }
        if (value.length() != 18) {
            return Optional.of("统一社会信用代码应为18位，实为" + value.length() + "位 (credit code must have 18 characters, has " + value.length() + ")");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位含非法字符“" + value.charAt(i) + "” (character " + (i + 1) + " is not allowed)");
            }
        }
        char expected = checkDigit(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            return Optional.of("统一社会信用代码校验位错误：应为" + expected + "，实为" + value.charAt(17)
                    + " (check digit should be " + expected + ", is " + value.charAt(17) + ")");
        }
        return Optional.empty();
    }

    /** Whether the string is a valid code: 18 symbols of the alphabet, the last the check symbol of the first 17. */
    public static boolean valid(String value) {
        if (value.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = symbolValue(value.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        return value.charAt(17) == checkSymbol(sum);
    }

    /** The value of a symbol of the alphabet (0–30), -1 for any other char. */
    public static int symbolValue(char symbol) {
        return symbol < 128 ? VALUES[symbol] : -1;
    }

    private static char checkSymbol(int weightedSum) {
        int c = 31 - weightedSum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** The GB 32100 check symbol for the first 17 symbols: c = 31 − (Σ vᵢwᵢ mod 31), 31 → 0. */
    public static char checkDigit(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 symbols, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = symbolValue(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("symbol not in the GB 32100 alphabet: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return checkSymbol(sum);
    }

    /** The GB 11714 organisation-code check symbol over 8 digits/letters: c = 11 − (Σ mod 11); 10 → X, 11 → 0. */
    public static char organisationCheckDigit(String first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("need 8 symbols, got " + first8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = first8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** Positions 3–8: the GB/T 2260 division where the entity was registered. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: the organisation code (GB 11714). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Whether the embedded organisation code carries its own valid check symbol (older codes sometimes do not). */
    public boolean organisationCodeValid() {
        String org = organisationCode();
        return org.charAt(8) == organisationCheckDigit(org.substring(0, 8));
    }

    @Override
    public int compareTo(CreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
