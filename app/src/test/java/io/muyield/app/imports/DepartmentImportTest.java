package io.muyield.app.imports;

import io.muyield.app.evaluation.RunCreation;
import io.muyield.app.evaluation.SchemeText;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.core.fact.FactField;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.batch.BatchStatus;
import io.muyield.store.batch.ImportBatchRepository;
import io.muyield.store.batch.RejectionRepository;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.lease.LeaseRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.reference.ReferenceData;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated city's department files of one year, imported file by file into DuckDB, give exactly the generator's
 * truth in enterprise_year; importing them again changes nothing; a corrected file supersedes its batch; a refused file
 * leaves the database as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepartmentImportTest {

    static final int YEAR = 2023;

    private Path dir;

    private Path files;
    private Database db;
    private DepartmentImport importer;
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    void generateAndOpen(@TempDir Path tmp) {
        dir = tmp;
        files = dir.resolve("files");
        new CityGenerator(GeneratorSpec.defaults().withEnterprises(1500).withYears(2022, YEAR).withSeed(11)).writeFiles(files);
        db = Database.forDataDir(dir.resolve("db"));
        Migrations.migrate(db);
        ReferenceData.loadIfEmpty(db);
        importer = new DepartmentImport(db);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private ImportReport run(List<Path> paths) {
        return importer.run(new DepartmentImport.Request(DepartmentImport.inImportOrder(paths), YEAR, Optional.empty(), "clerk"),
                progress::add);
    }

    private long count(String sql, Object... args) {
        Long n = db.jdbc().queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    @Order(1)
    void aCleanDeliveryGivesTheTruthExactly() throws IOException {
        List<Path> delivery = DepartmentImport.filesOf(files, YEAR);
        assertThat(delivery).extracting(p -> p.getFileName().toString()).startsWith("parks.csv", "registration_2023.csv")
                .noneMatch(n -> n.contains("2022"));
        ImportReport report = run(delivery);
        assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
        assertThat(report.files()).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(FileReport.Outcome.IMPORTED);
            assertThat(f.rejected()).as(f.file()).isZero();
        });
        assertThat(report.files()).extracting(f -> f.profile().orElseThrow()).containsExactly("parks", "registration",
                "admin_penalties", "chain_leaders", "champion", "dishonesty", "environment", "high_tech", "land_leases", "land_parcels",
                "listed", "power", "safety_accidents", "specialised", "statistics", "tax");
        assertThat(progress).anyMatch(l -> l.contains("[16/16] tax_2023.csv"));

        List<Map<String, String>> truth = csv(files.resolve("_truth/facts_" + YEAR + ".csv"));
        Map<String, Map<String, Object>> stored = new HashMap<>();
        for (Map<String, Object> row : db.jdbc().queryForList("SELECT * FROM enterprise_year WHERE year = ?", YEAR)) {
            stored.put((String) row.get("credit_code"), row);
        }
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : truth) {
            Map<String, Object> s = stored.get(row.get("credit_code"));
            if (s == null) {
                mismatches.add(row.get("credit_code") + ": no row");
                continue;
            }
            for (FactField field : FactField.values()) {
                String expected = row.getOrDefault(field.column(), "");
                BigDecimal actual = (BigDecimal) s.get(field.column());
                boolean same = expected.isEmpty() ? actual == null : actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
                if (!same) {
                    mismatches.add(row.get("credit_code") + " " + field.column() + ": truth " + expected + ", stored " + actual);
                }
            }
            if (Boolean.parseBoolean(row.get("above_scale")) != (Boolean) s.get("above_scale")) {
                mismatches.add(row.get("credit_code") + " above_scale: truth " + row.get("above_scale"));
            }
        }
        assertThat(mismatches).as("first mismatches: %s", mismatches.stream().limit(10).toList()).isEmpty();
        assertThat(stored).hasSameSizeAs(truth);

        Map<String, Integer> truthViolations = new HashMap<>();
        truth.stream().filter(r -> !r.get("environment_violations").isEmpty())
                .forEach(r -> truthViolations.put(r.get("credit_code"), Integer.parseInt(r.get("environment_violations"))));
        Map<String, Integer> storedViolations = new HashMap<>();
        db.jdbc().query("SELECT v.credit_code, v.event_count FROM enterprise_event v JOIN import_batch b ON b.id = v.batch_id "
                        + "WHERE v.year = ? AND v.kind = 'environmental_violation' AND b.status = 'ACTIVE' AND b.profile = 'environment'",
                rs -> {
                    storedViolations.put(rs.getString(1), rs.getInt(2));
                }, YEAR);
        assertThat(truthViolations.values()).as("the generated city has violators").anyMatch(n -> n > 0);
        assertThat(storedViolations).as("环境违法次数 stored per enterprise as the truth has it").isEqualTo(truthViolations);
        long tenants = csv(files.resolve("_truth/enterprises.csv")).stream()
                .filter(r -> !r.get("landlord_credit_code").isEmpty() && stored.containsKey(r.get("credit_code"))).count();
        assertThat(new LeaseRepository(db).active(YEAR, Condition.all())).hasSizeGreaterThanOrEqualTo((int) Math.min(tenants, 1))
                .allSatisfy(l -> assertThat(l.year()).isEqualTo(YEAR));

        // the official lists: tags and event counts per enterprise as _truth/standings_{year}.csv has them
        Map<String, String> truthStandings = new java.util.TreeMap<>();
        for (Map<String, String> r : csv(files.resolve("_truth/standings_" + YEAR + ".csv"))) {
            truthStandings.put(r.get("credit_code"), String.join(" ", new java.util.TreeSet<>(List.of(r.get("tags").split(";")))).strip()
                    + "|" + r.get("major_safety_accident") + "|" + r.get("safety_accident") + "|" + r.get("serious_dishonesty")
                    + "|" + r.get("admin_penalty"));
        }
        Map<String, java.util.TreeSet<String>> storedTags = new HashMap<>();
        db.jdbc().query("SELECT t.credit_code, t.tag FROM enterprise_tag t JOIN import_batch b ON b.id = t.batch_id "
                + "WHERE t.year = ? AND b.status = 'ACTIVE'", rs -> {
            storedTags.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
        }, YEAR);
        Map<String, Map<String, Integer>> storedEvents = new HashMap<>();
        db.jdbc().query("SELECT v.credit_code, v.kind, v.event_count FROM enterprise_event v JOIN import_batch b ON b.id = v.batch_id "
                + "WHERE v.year = ? AND b.status = 'ACTIVE' AND v.kind <> 'environmental_violation'", rs -> {
            storedEvents.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        }, YEAR);
        Map<String, String> storedStandings = new java.util.TreeMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>(storedTags.keySet());
        codes.addAll(storedEvents.keySet());
        for (String c : codes) {
            Map<String, Integer> e = storedEvents.getOrDefault(c, Map.of());
            storedStandings.put(c, String.join(" ", storedTags.getOrDefault(c, new java.util.TreeSet<>())) + "|"
                    + e.getOrDefault("major_safety_accident", 0) + "|" + e.getOrDefault("safety_accident", 0) + "|"
                    + e.getOrDefault("serious_dishonesty", 0) + "|" + e.getOrDefault("admin_penalty", 0));
        }
        assertThat(truthStandings.values()).as("the generated city has tags").anyMatch(v -> v.contains("high_tech"))
                .anyMatch(v -> v.contains("champion")).anyMatch(v -> v.contains("listed")).anyMatch(v -> v.contains("chain_leader"))
                .anyMatch(v -> !v.endsWith("|0"));
        assertThat(storedStandings).isEqualTo(truthStandings);
    }

    @Test
    @Order(2)
    void theSameFilesAgainAreANoOp() throws IOException {
        long batches = new ImportBatchRepository(db).count();
        ImportReport again = run(DepartmentImport.filesOf(files, YEAR));
        assertThat(again.committed()).isTrue();
        assertThat(again.files()).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(FileReport.Outcome.UNCHANGED);
            assertThat(f.batchId()).isPresent();
            assertThat(f.message()).contains("batch " + f.batchId().get());
        });
        assertThat(new ImportBatchRepository(db).count()).isEqualTo(batches);
    }

    @Test
    @Order(3)
    void aCorrectedTaxFileSupersedesTheFirstAndKeepsItsFacts() throws IOException {
        Path tax = files.resolve("tax_" + YEAR + ".csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(tax, java.nio.charset.Charset.forName("GB18030")));
        String[] first = lines.get(1).split(",", -1);
        String code = first[0];
        BigDecimal before = (BigDecimal) db.jdbc().queryForMap("SELECT tax FROM enterprise_year WHERE credit_code = ? AND year = ?",
                code, YEAR).get("tax");
        first[first.length - 1] = "999999";
        lines.set(1, String.join(",", first));
        lines.add("9150011299999999XX,不存在的企业," + YEAR + ",1,1,1,0,3");
        Path corrected = dir.resolve("tax_" + YEAR + "_corrected.csv");
        Files.write(corrected, lines, java.nio.charset.Charset.forName("GB18030"));

        ImportReport report = run(List.of(corrected));
        FileReport f = report.files().get(0);
        assertThat(f.outcome()).isEqualTo(FileReport.Outcome.IMPORTED);
        assertThat(f.superseded()).hasSize(1);
        assertThat(f.rejected()).as("the row of a code with a bad check digit or no registration").isEqualTo(1);
        long old = f.superseded().get(0);
        ImportBatchRepository batches = new ImportBatchRepository(db);
        assertThat(batches.find(old).orElseThrow().status()).isEqualTo(BatchStatus.SUPERSEDED);
        assertThat(batches.find(old).orElseThrow().supersededBy()).isEqualTo(f.batchId());
        assertThat(new RejectionRepository(db).ofBatch(f.batchId().orElseThrow(), 10)).singleElement()
                .satisfies(r -> assertThat(r.cells()).contains("不存在的企业"));
        Map<String, Object> now = db.jdbc().queryForMap("SELECT tax, tax_batch FROM enterprise_year WHERE credit_code = ? AND year = ?",
                code, YEAR);
        assertThat((BigDecimal) now.get("tax")).isEqualByComparingTo("999999");
        assertThat(now.get("tax_batch")).isEqualTo(f.batchId().orElseThrow());
        assertThat(count("SELECT COUNT(*) FROM fact WHERE credit_code = ? AND year = ? AND field = 'tax' AND batch_id = ? AND value = ?",
                code, YEAR, old, before)).as("the superseded figure stays traceable").isEqualTo(1);
    }

    @Test
    @Order(4)
    void aRefusedFileLeavesTheDatabaseAsItWas() throws IOException {
        long batches = new ImportBatchRepository(db).count();
        long facts = count("SELECT COUNT(*) FROM fact");
        Path truncated = dir.resolve("power_" + YEAR + "_cut.csv");
        byte[] power = Files.readAllBytes(files.resolve("power_" + YEAR + ".csv"));
        Files.write(truncated, java.util.Arrays.copyOf(power, 200));
        Path statistics = files.resolve("statistics_" + YEAR + ".xlsx");
        Path newer = dir.resolve("statistics_" + YEAR + "_v2.xlsx");
        Files.copy(statistics, newer);
        Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);

        ImportReport report = run(List.of(newer, dir.resolve("empty.csv"), truncated));
        assertThat(report.committed()).isFalse();
        assertThat(report.files()).extracting(FileReport::outcome).containsExactly(FileReport.Outcome.REFUSED,
                FileReport.Outcome.REFUSED, FileReport.Outcome.NOT_COMMITTED);
        assertThat(report.files().get(1).message()).as("the cut power file").contains("power_" + YEAR + "_cut.csv");
        assertThat(report.files().get(0).message()).contains("empty.csv").contains("文件为空");
        assertThat(new ImportBatchRepository(db).count()).isEqualTo(batches);
        assertThat(count("SELECT COUNT(*) FROM fact")).isEqualTo(facts);
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

    @Test
    @Order(5)
    void anEnvironmentalViolationInTheImportedFileCostsOneClassInARun() throws IOException {
        RunCreation creation = new RunCreation(db);
        List<String> order = List.of("A", "B", "C", "D");   // chongqing-2023's classes, best first; 环境违法 → down_one
        long withTruth = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        RunRepository runs = new RunRepository(db);
        Map<String, Integer> violations = new HashMap<>();
        db.jdbc().query("SELECT v.credit_code, v.event_count FROM enterprise_event v JOIN import_batch b ON b.id = v.batch_id "
                + "WHERE v.year = ? AND b.status = 'ACTIVE' AND v.kind = 'environmental_violation'", rs -> {
            violations.put(rs.getString(1), rs.getInt(2));
        }, YEAR);
        // V: reported violations in the file and lowered by them; W: reported none and classed above the lowest class
        String v = null;
        String w = null;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(violations).entrySet()) {
            UnitResult r = runs.unit(withTruth, e.getKey(), Condition.all()).orElse(null);
            if (r == null || !order.contains(r.classLabel()) || !order.contains(r.classBeforeVeto())
                    || r.adjustments().stream().anyMatch(a -> a.kind() == io.muyield.core.evaluation.run.AppliedAdjustment.Kind.VETO
                    && !"environment".equals(a.ruleId()))) {
                continue; // vetoed for something else (a listed accident or dishonesty)
            }
            if (v == null && e.getValue() > 0 && !r.classLabel().equals(r.classBeforeVeto())) {
                v = e.getKey();
            } else if (w == null && e.getValue() == 0 && r.classLabel().equals(r.classBeforeVeto()) && !r.classLabel().equals("D")) {
                w = e.getKey();
            }
        }
        assertThat(v).as("an enterprise lowered by its violations").isNotNull();
        assertThat(w).as("an enterprise with none, above D").isNotNull();
        UnitResult vBefore = runs.unit(withTruth, v, Condition.all()).orElseThrow();
        UnitResult wBefore = runs.unit(withTruth, w, Condition.all()).orElseThrow();
        assertThat(order.indexOf(vBefore.classLabel())).isEqualTo(order.indexOf(vBefore.classBeforeVeto()) + 1);
        assertThat(vBefore.adjustments()).anyMatch(a -> "environment".equals(a.ruleId()));

        // the environment bureau's corrected file: V had no violation, W had one
        Path corrected = dir.resolve("environment_" + YEAR + "_corrected.xlsx");
        setViolations(files.resolve("environment_" + YEAR + ".xlsx"), corrected, Map.of(v, 0, w, 1));
        ImportReport report = run(List.of(corrected));
        assertThat(report.committed()).as("%s", report.files().get(0).message()).isTrue();
        assertThat(report.files().get(0).superseded()).hasSize(1);
        long corrected2 = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();

        UnitResult vAfter = runs.unit(corrected2, v, Condition.all()).orElseThrow();
        UnitResult wAfter = runs.unit(corrected2, w, Condition.all()).orElseThrow();
        assertThat(vAfter.classLabel()).as("V without its violation").isEqualTo(vBefore.classBeforeVeto());
        assertThat(vAfter.adjustments()).noneMatch(a -> "environment".equals(a.ruleId()));
        assertThat(wAfter.classBeforeVeto()).isEqualTo(wBefore.classLabel());
        assertThat(order.indexOf(wAfter.classLabel())).as("W with a violation: one class down").isEqualTo(order.indexOf(wBefore.classLabel()) + 1);
        assertThat(wAfter.adjustments()).anyMatch(a -> "environment".equals(a.ruleId()));
        assertThat(runs.run(corrected2).orElseThrow().note()).contains("environmental violations");
    }

    @Test
    @Order(6)
    void aTagOfTheOfficialListGivesItsBonusAndTheRunNamesTheListsBatch() throws IOException {
        RunCreation creation = new RunCreation(db);
        RunRepository runs = new RunRepository(db);
        long listBatch = count("SELECT id FROM import_batch WHERE profile = 'high_tech' AND status = 'ACTIVE' AND year = ?", YEAR);
        long first = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        assertThat(runs.run(first).orElseThrow().note()).contains("tag high_tech (", ") from batch " + listBatch + " (high_tech_" + YEAR + ".csv)");

        // X: on the high-tech list only (no other tag), scored, its bonus applied
        String x = null;
        UnitResult before = null;
        for (String code : db.jdbc().queryForList("SELECT t.credit_code FROM enterprise_tag t WHERE t.batch_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM enterprise_tag o WHERE o.credit_code = t.credit_code AND o.year = t.year AND o.tag <> t.tag) "
                + "ORDER BY t.credit_code", String.class, listBatch)) {
            UnitResult r = runs.unit(first, code, Condition.all()).orElse(null);
            if (r != null && !Double.isNaN(r.aggregate()) && r.deduction() == 0) {
                x = code;
                before = r;
                break;
            }
        }
        assertThat(x).as("a scored enterprise on the high-tech list").isNotNull();
        assertThat(before.tags()).containsExactly("high_tech");
        assertThat(before.adjustments()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("high_tech");
            assertThat(a.points()).isEqualTo(2.0);
        });
        assertThat(before.bonus()).isEqualTo(2.0);
        assertThat(before.total()).isCloseTo(before.aggregate() + 2, org.assertj.core.data.Offset.offset(1e-9));

        // the science bureau's corrected list no longer names X: the list's batch is superseded, the bonus gone
        Path list = files.resolve("high_tech_" + YEAR + ".csv");
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        String code = x;
        List<String> lines = Files.readAllLines(list, gbk).stream().filter(l -> !l.contains(code)).toList();
        Path corrected = dir.resolve("high_tech_" + YEAR + "_corrected.csv");
        Files.write(corrected, lines, gbk);
        ImportReport report = run(List.of(corrected));
        assertThat(report.committed()).as("%s", report.files().get(0).message()).isTrue();
        assertThat(report.files().get(0).superseded()).containsExactly(listBatch);
        long second = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        UnitResult after = runs.unit(second, x, Condition.all()).orElseThrow();
        assertThat(after.tags()).isEmpty();
        assertThat(after.adjustments()).noneMatch(a -> "high_tech".equals(a.ruleId()));
        assertThat(after.aggregate()).isEqualTo(before.aggregate());
        assertThat(after.total()).isCloseTo(before.total() - 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(runs.run(second).orElseThrow().note()).contains("from batch " + report.files().get(0).batchId().orElseThrow()
                + " (high_tech_" + YEAR + "_corrected.csv)").doesNotContain("batch " + listBatch + " ");
    }

    @Test
    @Order(7)
    void aListedDishonestyOrAMajorAccidentForcesDButALesserAccidentIsOnlyStored() throws IOException {
        RunCreation creation = new RunCreation(db);
        RunRepository runs = new RunRepository(db);
        long base = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        // three enterprises classed A or B with no event at all
        List<String> clean = new ArrayList<>();
        for (String code : db.jdbc().queryForList("SELECT credit_code FROM enterprise_year WHERE year = ? AND credit_code NOT IN "
                + "(SELECT credit_code FROM enterprise_event WHERE year = ? AND event_count > 0) ORDER BY credit_code", String.class, YEAR, YEAR)) {
            UnitResult r = runs.unit(base, code, Condition.all()).orElse(null);
            if (r != null && (r.classLabel().equals("A") || r.classLabel().equals("B")) && r.classLabel().equals(r.classBeforeVeto())) {
                clean.add(code);
                if (clean.size() == 3) {
                    break;
                }
            }
        }
        assertThat(clean).hasSize(3);
        String dishonest = clean.get(0);
        String accident = clean.get(1);
        String major = clean.get(2);
        Path dishonesty = dir.resolve("dishonesty_" + YEAR + "_corrected.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(files.resolve("dishonesty_" + YEAR + ".csv"), StandardCharsets.UTF_8));
        lines.add("某公司," + dishonest + ",严重失信主体名单," + YEAR + "-04-01,,拖欠税款");
        Files.write(dishonesty, lines, StandardCharsets.UTF_8);
        Path accidents = dir.resolve("safety_accidents_" + YEAR + "_corrected.csv");
        lines = new ArrayList<>(Files.readAllLines(files.resolve("safety_accidents_" + YEAR + ".csv"), StandardCharsets.UTF_8));
        lines.add("某公司," + accident + "," + YEAR + "-06-18,机械伤害,较大事故,3");
        lines.add("某公司," + major + "," + YEAR + "-09-02,爆炸,重大事故,11");
        Files.write(accidents, lines, StandardCharsets.UTF_8);
        ImportReport report = run(List.of(dishonesty, accidents));
        assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();

        long after = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        UnitResult d = runs.unit(after, dishonest, Condition.all()).orElseThrow();
        assertThat(d.classLabel()).isEqualTo("D");
        assertThat(d.adjustments()).anyMatch(a -> "dishonesty".equals(a.ruleId()));
        UnitResult m = runs.unit(after, major, Condition.all()).orElseThrow();
        assertThat(m.classLabel()).isEqualTo("D");
        assertThat(m.adjustments()).anyMatch(adj -> "safety".equals(adj.ruleId()));
        UnitResult a = runs.unit(after, accident, Condition.all()).orElseThrow();
        assertThat(a.classLabel()).as("较大: no rule in chongqing-2023").isEqualTo(a.classBeforeVeto());
        assertThat(a.adjustments()).noneMatch(adj -> adj.kind() == io.muyield.core.evaluation.run.AppliedAdjustment.Kind.VETO);
        assertThat(count("SELECT event_count FROM enterprise_event v JOIN import_batch b ON b.id = v.batch_id WHERE b.status = 'ACTIVE' "
                + "AND v.credit_code = ? AND v.year = ? AND v.kind = 'safety_accident'", accident, YEAR)).isEqualTo(1);
        assertThat(db.jdbc().queryForObject("SELECT detail FROM enterprise_event_detail v JOIN import_batch b ON b.id = v.batch_id "
                + "WHERE b.status = 'ACTIVE' AND v.credit_code = ? AND v.year = ?", String.class, accident, YEAR))
                .isEqualTo("较大事故，机械伤害，死亡3人");
    }

    @Test
    @Order(8)
    void anOlderYearsRegistrationImportedLastDoesNotOverwriteTheNewerOne() throws IOException {
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GB18030");
        List<String> lines = new ArrayList<>(Files.readAllLines(files.resolve("registration_" + YEAR + ".csv"), gbk));
        int at = 1;
        while (Integer.parseInt(lines.get(at).split(",", -1)[6].substring(0, 4)) > YEAR - 2) {
            at++; // a firm registered well before the older year, so that its row is valid in that year's file
        }
        String[] first = lines.get(at).split(",", -1);
        String code = first[0];
        String name = db.jdbc().queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, code);
        first[1] = "旧名称有限公司";
        lines.set(at, String.join(",", first));
        String unknown = "91500112MA5U00000" + io.muyield.core.enterprise.CreditCode.checkDigit("91500112MA5U00000");
        String[] added = first.clone();
        added[0] = unknown;
        added[1] = "只在旧年度登记的企业";
        lines.add(String.join(",", added));
        Path late = dir.resolve("registration_" + (YEAR - 1) + "_late.csv");
        Files.write(late, lines, gbk);

        ImportReport report = importer.run(new DepartmentImport.Request(List.of(late), YEAR - 1, Optional.empty(), "clerk"), progress::add);
        assertThat(report.committed()).as("%s", report.files().get(0).message()).isTrue();
        int row = at + 1;
        assertThat(report.files().get(0).rejections()).as("the changed row is valid for %d", YEAR - 1).noneMatch(r -> r.row() == row);
        assertThat(db.jdbc().queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, code))
                .as("the %d registration stays", YEAR).isEqualTo(name);
        assertThat(db.jdbc().queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, unknown))
                .isEqualTo("只在旧年度登记的企业");

        // the same change in a registration of the year itself does overwrite
        Path corrected = dir.resolve("registration_" + YEAR + "_corrected.csv");
        Files.write(corrected, lines, gbk);
        assertThat(run(List.of(corrected)).committed()).isTrue();
        assertThat(db.jdbc().queryForObject("SELECT name FROM enterprise WHERE credit_code = ?", String.class, code)).isEqualTo("旧名称有限公司");
    }

    @Test
    @Order(9)
    void aChampionGetsThreePointsAndEachAdministrativePenaltyCostsOneUpToTheCap() throws IOException {
        RunCreation creation = new RunCreation(db);
        RunRepository runs = new RunRepository(db);
        long base = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        // three scored enterprises with no tag and no event at all
        List<String> clean = new ArrayList<>();
        Map<String, UnitResult> before = new HashMap<>();
        for (String code : db.jdbc().queryForList("SELECT credit_code FROM enterprise_year WHERE year = ? AND credit_code NOT IN "
                + "(SELECT credit_code FROM enterprise_event WHERE year = ? AND event_count > 0) AND credit_code NOT IN "
                + "(SELECT credit_code FROM enterprise_tag WHERE year = ?) ORDER BY credit_code", String.class, YEAR, YEAR, YEAR)) {
            UnitResult r = runs.unit(base, code, Condition.all()).orElse(null);
            if (r != null && !Double.isNaN(r.aggregate()) && r.bonus() == 0 && r.deduction() == 0) {
                clean.add(code);
                before.put(code, r);
                if (clean.size() == 3) {
                    break;
                }
            }
        }
        assertThat(clean).hasSize(3);
        String champion = clean.get(0);
        String twice = clean.get(1);
        String often = clean.get(2);
        Path champions = dir.resolve("champion_" + YEAR + "_corrected.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(files.resolve("champion_" + YEAR + ".csv"), StandardCharsets.UTF_8));
        lines.add("999," + champion + ",某公司," + (YEAR - 1) + "年（第七批）,汽车变速器齿轮");
        Files.write(champions, lines, StandardCharsets.UTF_8);
        Path penalties = dir.resolve("admin_penalties_" + YEAR + "_corrected.csv");
        lines = new ArrayList<>(Files.readAllLines(files.resolve("admin_penalties_" + YEAR + ".csv"), StandardCharsets.UTF_8));
        lines.add("某公司," + twice + ",测试罚〔" + YEAR + "〕1号," + YEAR + "-02-03,重庆市市场监督管理局,虚假宣传");
        lines.add("某公司," + twice + ",测试罚〔" + YEAR + "〕2号," + YEAR + "-09-10,重庆市生态环境局,超标排放");
        for (int i = 0; i < 7; i++) {
            lines.add("某公司," + often + ",测试罚〔" + YEAR + "〕" + (10 + i) + "号," + YEAR + "-0" + (i + 1) + "-15,重庆市应急管理局,未按规定培训");
        }
        lines.add("某公司," + often + ",测试罚〔" + YEAR + "〕10号," + YEAR + "-12-15,重庆市应急管理局,未按规定培训"); // same 文号: refused
        Files.write(penalties, lines, StandardCharsets.UTF_8);
        ImportReport report = run(List.of(champions, penalties));
        assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
        FileReport championFile = report.files().stream().filter(f -> f.file().startsWith("champion")).findFirst().orElseThrow();
        FileReport penaltyFile = report.files().stream().filter(f -> f.file().startsWith("admin_penalties")).findFirst().orElseThrow();
        assertThat(penaltyFile.rejected()).as("the second decision 测试罚〔%d〕10号 is refused", YEAR).isEqualTo(1);
        long championBatch = championFile.batchId().orElseThrow();
        long penaltyBatch = penaltyFile.batchId().orElseThrow();

        long after = creation.create(SchemeText.resolve(SchemePresets.CHONGQING_2023), YEAR, "test", Optional.empty()).run().id();
        UnitResult c = runs.unit(after, champion, Condition.all()).orElseThrow();
        assertThat(c.tags()).containsExactly("champion");
        assertThat(c.adjustments()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("champion");
            assertThat(a.points()).isEqualTo(3.0);
        });
        assertThat(c.bonus()).isEqualTo(3.0);
        assertThat(c.aggregate()).isEqualTo(before.get(champion).aggregate());
        assertThat(c.total()).isCloseTo(before.get(champion).total() + 3, org.assertj.core.data.Offset.offset(1e-9));
        UnitResult t = runs.unit(after, twice, Condition.all()).orElseThrow();
        assertThat(t.deduction()).as("two penalties, one point each").isEqualTo(2.0);
        assertThat(t.adjustments()).anyMatch(a -> "admin_penalty".equals(a.ruleId()));
        assertThat(t.total()).isCloseTo(before.get(twice).total() - 2, org.assertj.core.data.Offset.offset(1e-9));
        UnitResult o = runs.unit(after, often, Condition.all()).orElseThrow();
        assertThat(o.deduction()).as("seven penalties, capped at 5").isEqualTo(5.0);
        assertThat(o.total()).isCloseTo(before.get(often).total() - 5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(count("SELECT event_count FROM enterprise_event WHERE batch_id = ? AND credit_code = ? AND kind = 'admin_penalty'",
                penaltyBatch, often)).isEqualTo(7);
        assertThat(runs.run(after).orElseThrow().note())
                .contains("tag champion (", ") from batch " + championBatch + " (champion_" + YEAR + "_corrected.csv)")
                .contains("event admin_penalty (", ") from batch " + penaltyBatch + " (admin_penalties_" + YEAR + "_corrected.csv)");
    }

    @Test
    @Order(10)
    void anEmptyOfficialListIsImportedAndClearsTheYearsListButAnEmptyDepartmentFileIsRefused() throws IOException {
        long activeBefore = count("SELECT COUNT(*) FROM enterprise_tag t JOIN import_batch b ON b.id = t.batch_id "
                + "WHERE b.status = 'ACTIVE' AND b.profile = 'chain_leaders' AND t.year = ?", YEAR);
        assertThat(activeBefore).isPositive();
        Path empty = dir.resolve("chain_leaders_" + YEAR + "_none.csv");
        Files.write(empty, List.of(Files.readAllLines(files.resolve("chain_leaders_" + YEAR + ".csv"), StandardCharsets.UTF_8).get(0)),
                StandardCharsets.UTF_8);
        ImportReport report = run(List.of(empty));
        assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
        FileReport list = report.files().get(0);
        assertThat(list.outcome()).isEqualTo(FileReport.Outcome.IMPORTED);
        assertThat(list.read()).isZero();
        assertThat(list.superseded()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM enterprise_tag t JOIN import_batch b ON b.id = t.batch_id "
                + "WHERE b.status = 'ACTIVE' AND b.profile = 'chain_leaders' AND t.year = ?", YEAR)).isZero();
        // the superseded list's tags stay for its history
        assertThat(count("SELECT COUNT(*) FROM enterprise_tag WHERE batch_id = ?", list.superseded().get(0))).isEqualTo(activeBefore);

        long batches = count("SELECT COUNT(*) FROM import_batch");
        Path emptyTax = dir.resolve("tax_" + YEAR + "_none.csv");
        Files.write(emptyTax, List.of(Files.readAllLines(files.resolve("tax_" + YEAR + ".csv"), java.nio.charset.Charset.forName("GB18030"))
                .get(0)), java.nio.charset.Charset.forName("GB18030"));
        ImportReport refused = run(List.of(emptyTax));
        assertThat(refused.committed()).isFalse();
        assertThat(refused.files().get(0).outcome()).isEqualTo(FileReport.Outcome.REFUSED);
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isEqualTo(batches);
    }

    /** Copies an environment workbook with the 环境违法次数 of the given enterprises changed. */
    private static void setViolations(Path from, Path to, Map<String, Integer> counts) throws IOException {
        try (var in = Files.newInputStream(from); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            int column = -1;
            int changed = 0;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        String text = cell.getStringCellValue();
                        if (text.equals("环境违法次数")) {
                            column = cell.getColumnIndex();
                        } else if (column >= 0 && counts.containsKey(text)) {
                            row.getCell(column, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(counts.get(text));
                            changed++;
                        }
                    }
                }
            }
            assertThat(changed).isEqualTo(counts.size());
            try (var out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }
}
