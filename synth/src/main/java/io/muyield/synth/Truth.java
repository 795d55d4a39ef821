package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a correct import computes from the files, in canonical units (万元, 亩, tce, kWh, t, persons), as exact
 * decimals: statistics 千元 ÷ 10; tax = the reported total (= its components); land owned = Σ parcels − leased out,
 * leased = the lease; m² × 0.0015 = 亩; electricity = Σ accounts. A field a department does not report is absent.
 */
final class Truth {

    static final FactField[] FIELDS = FactField.values();
    final boolean[] present = new boolean[FIELDS.length];
    final long[] unscaled = new long[FIELDS.length];
    final int[] scale = new int[FIELDS.length];

    Truth of(Firm f, YearFigures y) {
        java.util.Arrays.fill(present, false);
        set(FactField.TAX, y.taxTotal, 2);
        if (y.inStatistics) {
            set(FactField.REVENUE, y.revenue, 1);
            set(FactField.OUTPUT, y.output, 1);
            set(FactField.VALUE_ADDED, y.valueAdded, 1);
            set(FactField.RD_SPENDING, y.rd, 1);
            set(FactField.EMPLOYEES, y.employees, 0);
            set(FactField.ENERGY, y.energy, 2);
            set(FactField.WATER, y.water, 0);
        }
        set(FactField.ELECTRICITY, y.electricity, 0);
        if (f.polluter) {
            set(FactField.COD, y.cod, 3);
            set(FactField.AMMONIA_NITROGEN, y.ammonia, 3);
            set(FactField.SO2, y.so2, 3);
            set(FactField.NOX, y.nox, 3);
        }
        if (y.hasLandOwned) {
            set(FactField.LAND_OWNED, y.landOwned * 15, 6);
        }
        if (y.hasLandLeased) {
            set(FactField.LAND_LEASED, y.landLeased * 15, 6);
        }
        return this;
    }

    private void set(FactField field, long value, int s) {
        present[field.ordinal()] = true;
        unscaled[field.ordinal()] = value;
        scale[field.ordinal()] = s;
    }

    YearlyFacts toYearlyFacts(CreditCode code, int year, boolean aboveScale) {
        Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
        for (FactField field : FIELDS) {
            if (present[field.ordinal()]) {
                values.put(field, new FactValue(BigDecimal.valueOf(unscaled[field.ordinal()], scale[field.ordinal()]), 0));
            }
        }
        return new YearlyFacts(code, year, aboveScale, values);
    }
}
