package io.muyield.ingest.value;

/**
 * Text as people type it into government spreadsheets: full-width digits, letters and punctuation (U+FF01–U+FF5E),
 * the ideographic space, non-breaking and zero-width spaces. {@link #halfWidth} folds them to ASCII.
 */
public final class Text {

    private Text() {
    }

    /** Full-width forms to ASCII, ideographic/non-breaking spaces to a space, zero-width characters dropped. */
    public static String halfWidth(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !needsFolding(s, i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                b.append((char) (c - 0xFEE0));
            } else if (c == 0x3000 || c == 0x00A0 || c == 0x2007 || c == 0x202F) {
                b.append(' ');
            } else if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) {
                // zero-width: drop
            } else if (c == 0x2212 || c == 0x2012 || c == 0x2013 || c == 0xFE63) {
                b.append('-');
            } else if (c == 0x3002 && i > 0 && Character.isDigit(s.charAt(i - 1))) {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean needsFolding(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return false;
        }
        return (c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000 || c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x200B
                || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2212 || c == 0x2012 || c == 0x2013 || c == 0xFE63
                || (c == 0x3002 && i > 0 && Character.isDigit(s.charAt(i - 1)));
    }

    /** Half-width, stripped of surrounding blanks. */
    public static String clean(String s) {
        return s == null ? "" : halfWidth(s).strip();
    }

    /**
     * Whether a cell counts as blank: empty, or only a placeholder dash/slash as clerks write for "no figure"
     * ({@code -}, {@code —}, {@code --}, {@code /}, {@code 无}). Zero is never blank.
     */
    public static boolean isBlank(String cleaned) {
        if (cleaned.isEmpty()) {
            return true;
        }
        if (cleaned.length() > 4) {
            return false; // no placeholder is longer: skips hashing every figure and name (this runs for every cell)
        }
        switch (cleaned) {
            case "-", "--", "---", "—", "——", "–", "/", "\\", "无", "空", "N/A", "n/a", "NA", "null", "NULL", "#N/A" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Header text for matching: half-width, no blanks or line breaks anywhere, brackets unified to (), lower-case ASCII. */
    public static String headerKey(String s) {
        String h = halfWidth(s);
        StringBuilder b = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '【', '[', '〔', '{' -> b.append('(');
                case '】', ']', '〕', '}' -> b.append(')');
                case '*', '★', '※' -> {
                    // "required" markers some templates put in headers
                }
                default -> b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return b.toString();
    }
}
