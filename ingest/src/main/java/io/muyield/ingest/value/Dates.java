package io.muyield.ingest.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as departments write them: {@code 2023-01-05}, {@code 2023/1/5}, {@code 2023.1.5}, {@code 2023年1月5日},
 * {@code 20230105}, optionally followed by a time ({@code 2023-01-05 00:00:00}); full-width digits allowed.
 */
public final class Dates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {
    }

    /** The date, or empty when the text is not one of the formats above or names no real day (2023-02-30). */
    public static Optional<LocalDate> parse(String raw) {
        String s = Text.clean(raw);
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
