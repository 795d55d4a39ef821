package io.muyield.store.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.run.UnitStatus;
import io.muyield.store.BothDatabases;
import io.muyield.store.SmallCity;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class RunStoreTest {

    @Parameter
    TestDatabase target;

    private RunWriter writer;
    private RunRepository runs;
    private ResultRepository results;
    private GroupFigureRepository figures;

    @BeforeEach
    void setUp() {
        writer = new RunWriter(target.database());
        runs = new RunRepository(target.database());
        results = new ResultRepository(target.database());
        figures = new GroupFigureRepository(target.database());
    }

    @Test
    void aStoredRunReadsBackUnitForUnitAsTheEngineGaveIt() {
        EvaluationRun run = SyntheticRun.run(400, 2023, 7);
        assertThat(run.results().units().anyMatch(u -> !u.adjustments().isEmpty())).isTrue();
        assertThat(run.results().units().anyMatch(u -> u.status() == UnitStatus.INHERITED)).isTrue();
        assertThat(run.results().units().anyMatch(u -> u.status() == UnitStatus.EXEMPT)).isTrue();
        StoredRun stored = writer.write(run, RunRecord.by("tester").withNote("synthetic"));

        StoredRun header = runs.run(stored.id()).orElseThrow();
        assertThat(header).isEqualTo(stored);
        assertThat(header.fingerprint()).isEqualTo(run.fingerprint());
        assertThat(header.schemeText()).isEqualTo(run.schemeText());
        assertThat(header.unitCount()).isEqualTo(400);
        assertThat(header.status()).isEqualTo(StoredRun.COMPLETE);
        for (int u = 0; u < run.results().size(); u++) {
            UnitResult original = run.results().unit(u);
            assertThat(runs.unit(stored.id(), original.id(), Condition.all())).contains(original);
        }
        assertThat(runs.log(stored.id()).render()).isEqualTo(run.log().render());
        long distinctPeers = run.results().units().flatMap(u -> u.indicators().stream())
                .map(i -> List.of(i.indicatorId(), i.dimensionId(), i.normaliser(), i.sign(), i.cap(), i.floor(), i.peers())).distinct().count();
        assertThat(target.database().jdbc().queryForObject("SELECT COUNT(*) FROM evaluation_result_peers WHERE run_id = ?", Long.class,
                stored.id())).isEqualTo(distinctPeers).isLessThan(run.results().units().mapToLong(u -> u.indicators().size()).sum() / 10);
    }

    @Test
    void theStoredInputRecomputesTheSameRun() {
        EvaluationRun run = SyntheticRun.run(300, 2023, 11);
        StoredRun stored = writer.write(run, RunRecord.by("tester"));
        EvaluationInput input = runs.input(stored);
        assertThat(input.snapshotSha256()).isEqualTo(run.inputSha256());
        EvaluationRun again = runs.recreate(stored);
        assertThat(again.fingerprint()).isEqualTo(stored.fingerprint());
        assertThat(again.results().units().toList()).isEqualTo(run.results().units().toList());
    }

    @Test
    void resultsFilterPageAndCountWithinTheScope() {
        EvaluationRun run = SyntheticRun.run(250, 2023, 3);
        long id = writer.write(run, RunRecord.by("tester")).id();
        List<UnitResult> all = run.results().units().toList();

        ResultPage first = results.results(id, ResultFilter.ALL, Condition.all(), 0, 100);
        assertThat(first.total()).isEqualTo(250);
        assertThat(first.pages()).isEqualTo(3);
        List<String> paged = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            results.results(id, ResultFilter.ALL, Condition.all(), p, 100).items().forEach(r -> paged.add(r.creditCode()));
        }
        List<String> streamed = new ArrayList<>();
        results.forEachResult(id, ResultFilter.ALL, Condition.all(), r -> streamed.add(r.creditCode()));
        assertThat(paged).hasSize(250).doesNotHaveDuplicates().isEqualTo(streamed);
        // ranked first, in city rank order within category
        ResultRow top = first.items().get(0);
        assertThat(top.rankCity()).isEqualTo(1);

        String district = "500112";
        assertThat(codes(id, ResultFilter.ALL.withDistrict(district)))
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(u -> u.district().equals(district)).map(UnitResult::id).toList());
        assertThat(codes(id, ResultFilter.ALL.withIndustry("36")))
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(u -> u.industry().startsWith("36")).map(UnitResult::id).toList());
        assertThat(codes(id, ResultFilter.ALL.withClass("A").withDistrict(district))).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(u -> u.classLabel().equals("A") && u.district().equals(district)).map(UnitResult::id).toList());
        assertThat(codes(id, ResultFilter.ALL.withText("u0001"))).containsExactlyInAnyOrderElementsOf(
                IntStream.range(10, 20).mapToObj(i -> String.format("U%05d", i)).toList());
        assertThat(codes(id, ResultFilter.ALL.withText("\"12\","))).containsExactly("U00012");
        assertThat(codes(id, ResultFilter.ALL.withText("%"))).isEmpty();

        List<String> indicators = List.of("TAX_PER_MU", "EMISSION_PRODUCTIVITY", "TAX_PER_KWH");
        List<String> lines = new ArrayList<>();
        results.forEachResultLine(id, ResultFilter.ALL.withDistrict(district), Condition.all(), indicators, line -> {
            int row = run.results().input().indexOf(line.row().creditCode());
            UnitResult u = run.results().unit(row);
            for (int k = 0; k < indicators.size(); k++) {
                String indicator = indicators.get(k);
                var expected = u.indicators().stream().filter(i -> i.indicatorId().equals(indicator)).findFirst();
                assertThat(line.values()[k]).isEqualTo(expected.map(i -> i.value()).orElse(Double.NaN));
                assertThat(line.weighted()[k]).isEqualTo(expected.map(i -> i.weighted()).orElse(Double.NaN));
            }
            lines.add(line.row().creditCode());
        });
        assertThat(lines).isEqualTo(codes(id, ResultFilter.ALL.withDistrict(district)));

        Map<String, Long> counts = results.classCounts(id, ResultFilter.ALL, Condition.all());
        for (String label : List.of("A", "B", "C", "D")) {
            assertThat(counts.get(label)).isEqualTo(run.results().countInClass(label));
        }
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(250);
        // these units are not in the register: a scope that names register columns sees none of them
        assertThat(results.results(id, ResultFilter.ALL, Condition.eq(Column.DISTRICT_CODE, district), 0, 10).total()).isZero();
        assertThat(runs.unit(id, "U00001", Condition.none())).isEmpty();
        assertThatThrownBy(() -> results.results(id, ResultFilter.ALL, Condition.all(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunOfTheStoredCityKeepsParksAndObeysTheScope() {
        SmallCity.write(target);
        StoredInputs inputs = new StoredInputs(target.database(), StandingSource.NOT_STORED);
        EvaluationInput input = inputs.of(2023);
        assertThat(input.size()).isEqualTo(7);
        EvaluationRun run = io.muyield.core.evaluation.run.EvaluationEngine.run(
                io.muyield.core.evaluation.scheme.SchemePresets.load("chongqing-2023"), input);
        StoredRun stored = writer.write(run, RunRecord.by("admin").withNote(StandingSource.NOT_STORED.note()));
        long id = stored.id();
        assertThat(codes(id, ResultFilter.ALL.withPark(SmallCity.PARK))).containsExactlyInAnyOrder(SmallCity.E1.value(), SmallCity.E6.value());
        assertThat(codes(id, ResultFilter.ALL.withDistrict("CQ-LJXQ"))).containsExactly(SmallCity.E1.value());
        Condition scope = Condition.eq(Column.DISTRICT_CODE, "500112");
        assertThat(results.results(id, ResultFilter.ALL, scope, 0, 50).items()).extracting(ResultRow::districtCode).containsOnly("500112");
        assertThat(runs.unit(id, SmallCity.E3.value(), scope)).isEmpty();
        assertThat(runs.unit(id, SmallCity.E1.value(), scope)).isPresent();
        var groups = figures.groups(id, GroupFigureRepository.GroupBy.DISTRICT, Condition.all());
        assertThat(groups).extracting(GroupFigures::code).contains("500112", "500113");
        var g112 = groups.stream().filter(g -> g.code().equals("500112")).findFirst().orElseThrow();
        assertThat(g112.enterprises()).isEqualTo(3);
        double tax = 0, land = 0;
        for (int u = 0; u < input.size(); u++) {
            double l = input.value("land", u), t = input.value("tax", u);
            if (input.districtCode(u).equals("500112") && !run.results().categoryOf(u).isEmpty() && l > 0 && !Double.isNaN(t)) {
                tax += t;
                land += l;
            }
        }
        assertThat(land).isPositive();
        assertThat(g112.taxPerMu()).isEqualTo(tax / land);
        assertThat(figures.groups(id, GroupFigureRepository.GroupBy.DISTRICT, scope)).extracting(GroupFigures::code).containsExactly("500112");
        assertThatThrownBy(() -> inputs.of(1999)).hasMessageContaining("1999");
    }

    @Test
    void runsListNewestFirstAndFindThePreviousYear() {
        StoredRun y2022 = writer.write(SyntheticRun.run(60, 2022, 1), RunRecord.by("a"));
        StoredRun y2023 = writer.write(SyntheticRun.run(60, 2023, 2), RunRecord.by("b").withParent(y2022.id()));
        assertThat(runs.runs()).extracting(StoredRun::id).startsWith(y2023.id(), y2022.id());
        assertThat(runs.previousYear(y2023)).map(StoredRun::id).contains(y2022.id());
        assertThat(runs.run(y2023.id()).orElseThrow().parentRunId()).contains(y2022.id());
        assertThat(runs.previousYear(y2022)).isEmpty();
    }

    @Test
    void aRunThatFailsHalfWayLeavesNothing() {
        EvaluationRun run = SyntheticRun.run(80, 2023, 5);
        long runsBefore = count("evaluation_run");
        long resultsBefore = count("evaluation_result");
        long inputBefore = count("evaluation_input_value");
        RunWriter failing = new RunWriter(target.database(), java.time.Clock.systemDefaultZone(), table -> {
            if (table.equals("evaluation_result_indicator")) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(() -> failing.write(run, RunRecord.by("tester"))).hasMessageContaining("disk full");
        assertThat(count("evaluation_run")).isEqualTo(runsBefore);
        assertThat(count("evaluation_result")).isEqualTo(resultsBefore);
        assertThat(count("evaluation_input_value")).isEqualTo(inputBefore);
        StoredRun next = writer.write(run, RunRecord.by("tester"));
        assertThat(runs.run(next.id())).isPresent();
        assertThat(count("evaluation_result")).isEqualTo(resultsBefore + 80);
    }

    private long count(String table) {
        Long n = target.database().jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private List<String> codes(long id, ResultFilter filter) {
        List<String> out = new ArrayList<>();
        results.forEachResult(id, filter, Condition.all(), r -> out.add(r.creditCode()));
        return out;
    }
}
