package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every injected fault is in _truth/faults.csv and every row in faults.csv carries its fault: an independent scan
 * of the files finds exactly the logged (file, sheet, row, field, kind) set. Clean files have none.
 */
class FaultTest {

    record Found(String file, String sheet, int row, String field, FaultKind kind) {
    }

    @Test
    void theFaultLogMatchesAScanOfTheFiles() throws IOException {
        Path dir = GeneratedCity.faulty();
        Set<Found> logged = logged(dir);
        Set<Found> found = scan(dir);

        assertThat(logged.stream().map(Found::kind).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FaultKind.class));
        assertThat(found).containsExactlyInAnyOrderElementsOf(logged);
    }

    @Test
    void cleanFilesHaveNoFaults() throws IOException {
        Path dir = GeneratedCity.clean();
        assertThat(logged(dir)).isEmpty();
        assertThat(scan(dir)).isEmpty();
    }

    @Test
    void theFaultRateIsRoughlyHonoured() throws IOException {
        Path dir = GeneratedCity.faulty();
        long rows = 0;
        for (int year = 2019; year <= 2024; year++) {
            rows += CsvFile.read(dir.resolve("tax_" + year + ".csv"), YearFiles.GBK, ',').size() - 1;
        }
        long taxFaults = logged(dir).stream().filter(f -> f.file().startsWith("tax_")).count();
        assertThat(taxFaults / (double) rows).isBetween(0.02, 0.045);
    }

    private static Set<Found> logged(Path dir) throws IOException {
        List<String[]> rows = CsvFile.read(dir.resolve("_truth/faults.csv"), StandardCharsets.UTF_8, ',');
        assertThat(String.join(",", rows.get(0))).isEqualTo("file,sheet,row,field,kind");
        Set<Found> out = new HashSet<>();
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(out.add(new Found(r[0], r[1], Integer.parseInt(r[2]), r[3], FaultKind.valueOf(r[4])))).isTrue();
        }
        return out;
    }

    private static Set<Found> scan(Path dir) throws IOException {
        Scanner s = new Scanner();
        for (int year = 2019; year <= 2024; year++) {
            s.truthTax = truthTax(dir, year);
            s.csv(dir, "registration_" + year + ".csv", YearFiles.GBK, ',', Layouts.REGISTRATION, new int[]{0});
            s.csv(dir, "tax_" + year + ".csv", YearFiles.GBK, ',', Layouts.TAX, new int[]{0});
            s.csv(dir, "land_parcels_" + year + ".csv", StandardCharsets.UTF_8, ',', Layouts.PARCELS, new int[]{0});
            s.csv(dir, "land_leases_" + year + ".csv", StandardCharsets.UTF_8, ',', Layouts.LEASES, new int[]{0, 1});
            s.csv(dir, "power_" + year + ".csv", StandardCharsets.UTF_8, '\t', Layouts.POWER, new int[]{0});
            s.xlsx(dir, "statistics_" + year + ".xlsx", 3, Layouts.STATISTICS);
            s.xlsx(dir, "environment_" + year + ".xlsx", 1, Layouts.ENVIRONMENT);
        }
        return s.found;
    }

    private static Map<String, BigDecimal> truthTax(Path dir, int year) throws IOException {
        Map<String, BigDecimal> m = new HashMap<>();
        List<String[]> rows = CsvFile.read(dir.resolve("_truth/facts_" + year + ".csv"), StandardCharsets.UTF_8, ',');
        for (String[] r : rows.subList(1, rows.size())) {
            m.put(r[0], new BigDecimal(r[3]));
        }
        return m;
    }

    /** Finds faults by looking, without the log. */
    private static final class Scanner {
        final Set<Found> found = new HashSet<>();
        Map<String, BigDecimal> truthTax;
        private final Set<String> industries = new HashSet<>();
        private final Set<String> districts = new HashSet<>();

        Scanner() {
            Resources.rows("industries.csv").forEach(r -> industries.add(r[0]));
            Resources.rows("districts.csv").stream().filter(r -> r[0].matches("\\d{6}")).forEach(r -> districts.add(r[0]));
        }

        void csv(Path dir, String file, Charset cs, char sep, TableLayout layout, int[] key) throws IOException {
            List<String[]> rows = CsvFile.read(dir.resolve(file), cs, sep);
            assertThat(rows.get(0)).containsExactly(layout.headers());
            rows(file, "", rows, 1, layout, key);
        }

        void xlsx(Path dir, String file, int headerRow, TableLayout layout) throws IOException {
            for (var sheet : Workbook.read(dir.resolve(file)).entrySet()) {
                List<String[]> rows = new ArrayList<>(sheet.getValue());
                assertThat(rows.get(headerRow - 1)).containsExactly(layout.headers());
                rows(file, sheet.getKey(), rows, headerRow, layout, new int[]{0});
            }
        }

        private void rows(String file, String sheet, List<String[]> rows, int headerRow, TableLayout layout, int[] keyColumns) {
            Map<String, String[]> seen = new HashMap<>();
            String[] h = layout.headers();
            for (int i = headerRow; i < rows.size(); i++) {
                String[] r = java.util.Arrays.copyOf(rows.get(i), h.length);
                for (int c = 0; c < r.length; c++) {
                    r[c] = r[c] == null ? "" : r[c];
                }
                int rowNumber = i + 1;
                List<Found> here = new ArrayList<>();
                StringBuilder key = new StringBuilder();
                for (int k : keyColumns) {
                    key.append(r[k]).append('|');
                }
                String[] before = seen.putIfAbsent(key.toString(), r);
                if (before != null) {
                    int diff = firstDifference(before, r);
                    here.add(new Found(file, sheet, rowNumber, diff < 0 ? "*" : h[diff],
                            diff < 0 ? FaultKind.DUPLICATE_ROW : FaultKind.CONFLICTING_DUPLICATE));
                }
                for (int c : layout.codeColumns()) {
                    if (!r[c].isEmpty() && CreditCode.problemWith(r[c]).isPresent()) {
                        here.add(new Found(file, sheet, rowNumber, h[c], FaultKind.BAD_CHECK_DIGIT));
                    }
                }
                for (int c : layout.requiredColumns()) {
                    if (r[c].isEmpty()) {
                        here.add(new Found(file, sheet, rowNumber, h[c], FaultKind.BLANK_REQUIRED));
                    }
                }
                for (int c : layout.numberColumns()) {
                    if (r[c].chars().anyMatch(ch -> ch >= '０' && ch <= '９')) {
                        here.add(new Found(file, sheet, rowNumber, h[c], FaultKind.FULL_WIDTH));
                    } else if (r[c].contains(",")) {
                        here.add(new Found(file, sheet, rowNumber, h[c], FaultKind.THOUSANDS_SEPARATOR));
                    }
                }
                if (layout.landColumn() >= 0 && r[layout.landColumn()].startsWith("-")) {
                    here.add(new Found(file, sheet, rowNumber, h[layout.landColumn()], FaultKind.NEGATIVE_LAND));
                }
                if (layout.industryColumn() >= 0 && !r[layout.industryColumn()].isEmpty() && !industries.contains(r[layout.industryColumn()])) {
                    here.add(new Found(file, sheet, rowNumber, h[layout.industryColumn()], FaultKind.UNKNOWN_INDUSTRY));
                }
                if (layout.districtColumn() >= 0 && !r[layout.districtColumn()].isEmpty() && !districts.contains(r[layout.districtColumn()])) {
                    here.add(new Found(file, sheet, rowNumber, h[layout.districtColumn()], FaultKind.UNKNOWN_DISTRICT));
                }
                if (layout.valueAddedColumn() >= 0 && isNumber(r[layout.valueAddedColumn()]) && isNumber(r[layout.outputColumn()])
                        && new BigDecimal(r[layout.valueAddedColumn()]).compareTo(new BigDecimal(r[layout.outputColumn()])) > 0) {
                    here.add(new Found(file, sheet, rowNumber, h[layout.valueAddedColumn()], FaultKind.VALUE_ADDED_ABOVE_OUTPUT));
                }
                if (layout.wanYuanColumns().length > 0 && isNumber(r[7]) && truthTax.containsKey(r[0])
                        && truthTax.get(r[0]).signum() != 0
                        && new BigDecimal(r[7]).compareTo(truthTax.get(r[0]).multiply(BigDecimal.valueOf(10_000))) == 0) {
                    here.add(new Found(file, sheet, rowNumber, h[7], FaultKind.YUAN_AS_WAN_YUAN));
                }
                assertThat(here).as("one fault at most in %s %s row %d", file, sheet, rowNumber).hasSizeLessThanOrEqualTo(1);
                found.addAll(here);
            }
        }

        private static boolean isNumber(String s) {
            return s.matches("-?\\d+(\\.\\d+)?");
        }

        private static int firstDifference(String[] a, String[] b) {
            for (int c = 0; c < a.length; c++) {
                if (!a[c].equals(b[c])) {
                    return c;
                }
            }
            return -1;
        }
    }
}
