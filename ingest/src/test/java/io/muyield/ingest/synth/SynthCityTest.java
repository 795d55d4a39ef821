package io.muyield.ingest.synth;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.ingest.DirectoryImporter;
import io.muyield.ingest.DirectoryImporter.DirectoryImport;
import io.muyield.ingest.FileImporter;
import io.muyield.ingest.ParsedFile;
import io.muyield.ingest.TestReference;
import io.muyield.ingest.fusion.Lease;
import io.muyield.ingest.fusion.Suspicion;
import io.muyield.ingest.validate.Rejection;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colleague's generator (io.muyield.synth) against this import, coordinated only through the files and the
 * contract (docs/DEPARTMENT-FILES.md): a clean city must fuse to exactly its _truth/facts_{year}.csv and
 * enterprises.csv; in a faulty city every row of _truth/faults.csv must be caught, and nothing else rejected.
 */
class SynthCityTest {

    static final int YEAR = 2023;
    static final int ENTERPRISES = 2500;

    @TempDir
    Path dir;

    private DirectoryImport importCity(double faultRate) throws IOException {
        new CityGenerator(GeneratorSpec.defaults().withEnterprises(ENTERPRISES).withYears(YEAR, YEAR).withSeed(7)
                .withFaultRate(faultRate)).writeFiles(dir);
        AtomicLong batch = new AtomicLong(100);
        return new DirectoryImporter(new FileImporter(TestReference.chongqing())).importDirectory(dir, YEAR, p -> batch.incrementAndGet());
    }

    @Test
    void cleanCityFusesToTheTruthExactly() throws IOException {
        DirectoryImport imp = importCity(0);
        for (ParsedFile f : imp.files()) {
            assertThat(f.result().problems()).as(f.result().file()).isEmpty();
            assertThat(f.result().rejections()).as(f.result().file() + ": %s",
                    f.result().rejections().stream().limit(3).map(Rejection::reasonsZh).toList()).isEmpty();
        }
        assertThat(imp.files()).extracting(f -> f.result().profile().orElse("?")).containsExactlyInAnyOrder(
                "parks", "environment", "land_leases", "land_parcels", "power", "registration", "statistics", "tax",
                "high_tech", "specialised", "safety_accidents", "dishonesty", "champion", "listed", "chain_leaders", "admin_penalties");

        List<Map<String, String>> truth = csv(dir.resolve("_truth/facts_" + YEAR + ".csv"));
        Map<String, YearlyFacts> fused = imp.fusion().facts().stream()
                .collect(Collectors.toMap(f -> f.enterprise().value(), f -> f));
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : truth) {
            YearlyFacts f = fused.get(row.get("credit_code"));
            if (f == null) {
                mismatches.add(row.get("credit_code") + ": not fused");
                continue;
            }
            for (FactField field : FactField.values()) {
                String expected = row.getOrDefault(field.column(), "");
                var actual = f.get(field);
                boolean same = expected.isEmpty() ? actual.isEmpty()
                        : actual.isPresent() && actual.get().compareTo(new BigDecimal(expected)) == 0;
                if (!same) {
                    mismatches.add(row.get("credit_code") + " " + field.column() + ": truth " + expected + ", fused " + actual.orElse(null));
                }
            }
            if (Boolean.parseBoolean(row.get("above_scale")) != f.aboveScale()) {
                mismatches.add(row.get("credit_code") + " above_scale: truth " + row.get("above_scale"));
            }
        }
        assertThat(mismatches).as("first mismatches: %s", mismatches.stream().limit(10).toList()).isEmpty();
        Set<String> truthCodes = truth.stream().map(r -> r.get("credit_code")).collect(Collectors.toSet());
        assertThat(fused.keySet()).as("fused enterprises without truth facts").isSubsetOf(truthCodes);

        Map<String, Enterprise> registered = imp.fusion().enterprises().stream()
                .collect(Collectors.toMap(e -> e.creditCode().value(), e -> e));
        Map<String, String> tenantToLandlord = new HashMap<>();
        for (Lease l : imp.fusion().leases()) {
            tenantToLandlord.put(l.tenant().value(), l.landlord().value());
        }
        List<String> enterpriseMismatches = new ArrayList<>();
        for (Map<String, String> row : csv(dir.resolve("_truth/enterprises.csv"))) {
            Enterprise e = registered.get(row.get("credit_code"));
            if (e == null) {
                continue; // not registered in the year imported (exited before, or founded after)
            }
            String got = String.join("|", e.name(), e.districtCode(), e.zoneCode().orElse(""), e.parkCode().orElse(""),
                    e.industry().value(), e.founded().toString(), e.status().name());
            String want = String.join("|", row.get("name"), row.get("district_code"), row.get("zone_code"), row.get("park_code"),
                    row.get("industry_code"), row.get("founded"), row.get("status"));
            if (!got.equals(want)) {
                enterpriseMismatches.add(row.get("credit_code") + ": " + got + " vs " + want);
            }
            String landlord = row.get("landlord_credit_code");
            if (!landlord.isEmpty() && truthCodes.contains(row.get("credit_code")) && !landlord.equals(tenantToLandlord.get(row.get("credit_code")))) {
                enterpriseMismatches.add(row.get("credit_code") + ": landlord " + landlord + " vs " + tenantToLandlord.get(row.get("credit_code")));
            }
        }
        assertThat(enterpriseMismatches).as("first: %s", enterpriseMismatches.stream().limit(10).toList()).isEmpty();
        assertThat(registered).isNotEmpty();
    }

    @Test
    void everyInjectedFaultIsCaughtAndNothingElseRejected() throws IOException {
        DirectoryImport imp = importCity(0.03);
        List<Map<String, String>> faults = csv(dir.resolve("_truth/faults.csv"));
        assertThat(faults).hasSizeGreaterThan(50);
        Map<String, Rejection> rejected = new LinkedHashMap<>();
        Map<String, ParsedFile> byFile = new HashMap<>();
        for (ParsedFile f : imp.files()) {
            assertThat(f.result().problems()).as(f.result().file()).isEmpty();
            byFile.put(f.result().file(), f);
            for (Rejection r : f.result().rejections()) {
                rejected.put(r.file() + "|" + r.sheet() + "|" + r.row(), r);
            }
        }
        Set<String> mixupEnterprises = new HashSet<>();
        for (Suspicion s : imp.fusion().quality().suspicions()) {
            if (s.kind() == Suspicion.Kind.UNIT_MIXUP || s.kind() == Suspicion.Kind.TAX_ABOVE_REVENUE) {
                mixupEnterprises.add(s.enterprise().value());
            }
        }
        imp.fusion().quality().conflicts().stream().filter(c -> c.unitMixup()).forEach(c -> mixupEnterprises.add(c.enterprise().value()));

        List<String> missed = new ArrayList<>();
        Set<String> faultRows = new HashSet<>();
        for (Map<String, String> fault : faults) {
            String key = fault.get("file") + "|" + fault.get("sheet") + "|" + fault.get("row");
            faultRows.add(key);
            String kind = fault.get("kind");
            Rejection r = rejected.get(key);
            switch (kind) {
                case "FULL_WIDTH", "THOUSANDS_SEPARATOR" -> {
                    // values as people type them: read correctly, never rejected for it
                    if (r != null && r.issues().stream().anyMatch(i -> i.field().equals(fault.get("field")))) {
                        missed.add(fault + " was rejected: " + r.reasonsZh());
                    }
                }
                case "YUAN_AS_WAN_YUAN" -> {
                    String code = codeOnRow(byFile.get(fault.get("file")), fault);
                    if (!mixupEnterprises.contains(code)) {
                        missed.add(fault + " (enterprise " + code + ") not flagged as a 元/万元 mix-up");
                    }
                }
                default -> {
                    if (r == null) {
                        missed.add(fault + " not rejected");
                    } else if (!fault.get("field").equals("*") && !kind.equals("DUPLICATE_ROW")
                            && r.issues().stream().noneMatch(i -> i.field().equals(fault.get("field")))) {
                        missed.add(fault + " rejected for another field: " + r.reasonsZh());
                    }
                }
            }
        }
        assertThat(missed).as("%d missed, first: %s", missed.size(), missed.stream()
                .collect(Collectors.groupingBy(m -> m.replaceAll(".*kind=([A-Z_]+).*", "$1"))).values().stream()
                .map(l -> l.get(0) + " (" + l.size() + ")").toList()).isEmpty();
        List<String> unexpected = rejected.entrySet().stream().filter(e -> !faultRows.contains(e.getKey()))
                .map(e -> e.getKey() + ": " + e.getValue().reasonsZh()).toList();
        assertThat(unexpected).as("rejections without an injected fault, first: %s", unexpected.stream().limit(8).toList()).isEmpty();
    }

    /** The credit code on a faulted row, read back from the accepted records of that file. */
    private static String codeOnRow(ParsedFile file, Map<String, String> fault) {
        return file.records().stream()
                .filter(r -> r.origin().row() == Integer.parseInt(fault.get("row")) && r.origin().sheet().equals(fault.get("sheet")))
                .findFirst()
                .map(r -> r instanceof io.muyield.ingest.record.FactRecord f ? f.enterprise().value() : "?")
                .orElse("(row not accepted)");
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(m);
        }
        return rows;
    }
}
