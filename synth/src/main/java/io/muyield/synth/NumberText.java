package io.muyield.synth;

/** Number spellings that real files contain and imports must cope with. */
final class NumberText {

    private NumberText() {
    }

    /** "1234567.5" → "1,234,567.5" (with the given grouping character). */
    static String grouped(String plain, char separator) {
        boolean negative = plain.startsWith("-");
        String body = negative ? plain.substring(1) : plain;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        StringBuilder b = new StringBuilder(plain.length() + 6);
        if (negative) {
            b.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(separator);
            }
            b.append(whole.charAt(i));
        }
        if (dot >= 0) {
            b.append(body, dot, body.length());
        }
        return b.toString();
    }

    /** Full-width digits, point and minus (１２３．４５), optionally grouped with the full-width comma ，. */
    static String fullWidth(String plain, boolean group) {
        String s = group ? grouped(plain, '，') : plain;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c == '-' ? '－' : c);
        }
        return b.toString();
    }
}
