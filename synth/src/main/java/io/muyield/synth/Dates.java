package io.muyield.synth;

import java.time.LocalDate;

/** Date spelling for the files (yyyy-MM-dd). */
final class Dates {

    private Dates() {
    }

    static String iso(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
