package io.muyield.synth;

import io.muyield.core.fact.FactField;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plainest possible import of one clean year, for checking the truth: code → field → value (canonical units). */
final class ReferenceImport {

    private static final BigDecimal MU_PER_M2 = new BigDecimal("0.0015");
    private static final BigDecimal TEN = BigDecimal.TEN;

    final Map<String, Map<FactField, BigDecimal>> facts = new TreeMap<>();
    final Map<String, Boolean> aboveScale = new HashMap<>();
    final Map<String, String> violations = new HashMap<>();

    static ReferenceImport of(Path dir, int year) throws IOException {
        ReferenceImport r = new ReferenceImport();
        r.tax(CsvFile.read(dir.resolve("tax_" + year + ".csv"), Charset.forName("GBK"), ','));
        r.statistics(Workbook.read(dir.resolve("statistics_" + year + ".xlsx")));
        r.land(CsvFile.read(dir.resolve("land_parcels_" + year + ".csv"), StandardCharsets.UTF_8, ','),
                CsvFile.read(dir.resolve("land_leases_" + year + ".csv"), StandardCharsets.UTF_8, ','));
        r.power(CsvFile.read(dir.resolve("power_" + year + ".csv"), StandardCharsets.UTF_8, '\t'));
        r.environment(Workbook.read(dir.resolve("environment_" + year + ".xlsx")).get("重点排污单位"));
        return r;
    }

    private Map<FactField, BigDecimal> of(String code) {
        return facts.computeIfAbsent(code, c -> new EnumMap<>(FactField.class));
    }

    private void tax(List<String[]> rows) {
        for (String[] r : rows.subList(1, rows.size())) {
            BigDecimal sum = new BigDecimal(r[3]).add(new BigDecimal(r[4])).add(new BigDecimal(r[5])).add(new BigDecimal(r[6]));
            if (sum.compareTo(new BigDecimal(r[7])) != 0) {
                throw new AssertionError("tax components do not add up for " + r[0]);
            }
            of(r[0]).put(FactField.TAX, new BigDecimal(r[7]));
        }
    }

    private void statistics(Map<String, List<String[]>> book) {
        for (List<String[]> rows : book.values()) {
            for (String[] r : rows.subList(3, rows.size())) {
                Map<FactField, BigDecimal> f = of(r[0]);
                f.put(FactField.OUTPUT, new BigDecimal(r[4]).divide(TEN));
                f.put(FactField.REVENUE, new BigDecimal(r[5]).divide(TEN));
                f.put(FactField.VALUE_ADDED, new BigDecimal(r[6]).divide(TEN));
                f.put(FactField.RD_SPENDING, new BigDecimal(r[7]).divide(TEN));
                f.put(FactField.EMPLOYEES, new BigDecimal(r[8]));
                f.put(FactField.ENERGY, new BigDecimal(r[9]));
                f.put(FactField.WATER, new BigDecimal(r[10]));
                aboveScale.put(r[0], r[3].equals("规上"));
            }
        }
    }

    private void land(List<String[]> parcels, List<String[]> leases) {
        for (String[] r : parcels.subList(1, parcels.size())) {
            of(r[1]).merge(FactField.LAND_OWNED, new BigDecimal(r[5]).multiply(MU_PER_M2), BigDecimal::add);
        }
        for (String[] r : leases.subList(1, leases.size())) {
            BigDecimal mu = new BigDecimal(r[3]).multiply(MU_PER_M2);
            of(r[0]).merge(FactField.LAND_OWNED, mu.negate(), BigDecimal::add);
            of(r[1]).merge(FactField.LAND_LEASED, mu, BigDecimal::add);
        }
    }

    private void power(List<String[]> rows) {
        for (String[] r : rows.subList(1, rows.size())) {
            long months = 0;
            for (int m = 3; m < 15; m++) {
                months += Long.parseLong(r[m]);
            }
            if (months != Long.parseLong(r[15])) {
                throw new AssertionError("months do not add up for account " + r[0]);
            }
            of(r[2]).merge(FactField.ELECTRICITY, new BigDecimal(r[15]), BigDecimal::add);
        }
    }

    private void environment(List<String[]> rows) {
        for (String[] r : rows.subList(1, rows.size())) {
            Map<FactField, BigDecimal> f = of(r[0]);
            f.put(FactField.COD, new BigDecimal(r[2]));
            f.put(FactField.AMMONIA_NITROGEN, new BigDecimal(r[3]));
            f.put(FactField.SO2, new BigDecimal(r[4]));
            f.put(FactField.NOX, new BigDecimal(r[5]));
            violations.put(r[0], r[6]);
        }
    }
}
