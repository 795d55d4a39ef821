package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.input.UnitRecord;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotas (DOMAIN-NOTES §1.12 example D: N = 200 → A 1–40, B 41–120, C 121–190, D 191–200), thresholds, ties, vetoes, tenants, exemptions. */
class ClassificationTest {

    static final String BASE = """
            scheme: t
            version: 1
            indicators:
              - {id: TAX_PER_MU, formula: tax / land}
              - {id: SALES_PER_MU, formula: revenue / land}
            exemptions:
              - {id: utilities, name: 公用事业, when: "industry_division in [44, 45, 46]", effect: exclude}
              - {id: young, name: 注册未满两年, when: age_years < 2, effect: unclassified}
            categories:
              - id: owners
                when: tenant == 0
                indicators:
                  - {id: TAX_PER_MU, weight: 60, benchmark: 10, normalise: ratio}
                  - {id: SALES_PER_MU, weight: 40, benchmark: 100, normalise: ratio}
              - id: tenants
                when: tenant == 1
                inherit: landlord
            adjustments:
              bonus_cap: 5
              bonuses:
                - {id: hnte, name: 高新技术企业, tag: high_tech, points: 3}
                - {id: srdi, name: 专精特新, tag: specialised, points: 3}
              deductions:
                - {id: penalty, name: 行政处罚, event: admin_penalty, points: 2, per_occurrence: true}
              vetoes:
                - {id: safety, name: 重大安全事故, event: major_safety_accident, effect: force, class: D}
                - {id: env, name: 环境违法, event: environmental_violation, effect: down_one}
                - {id: credit, name: 严重失信, event: serious_dishonesty, effect: cap, class: C}
            classification:
            %s
            """;

    static final String QUOTA = """
              method: quota
              within: category
              classes:
                - {id: A, share: 20}
                - {id: B, share: 40}
                - {id: C, share: 35}
                - {id: D, share: 5}
            """;

    static EvaluationResults run(String classification, List<UnitRecord> rows) {
        return EvaluationEngine.run(SchemeLoader.load(BASE.formatted(classification.indent(2).stripTrailing())), EvaluationInput.of(2024, rows)).results();
    }

    static Units owner(String id, double tax) {
        return Units.unit(id).with("land", 10).with("land_owned", 10).with("tenant", 0).with("tax", tax).with("revenue", 1000).with("age_years", 10)
                .with("industry_division", 39);
    }

    static List<UnitRecord> twoHundred() {
        List<UnitRecord> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(owner(String.format("U%03d", i), 1000 - i).build());
        }
        return rows;
    }

    @Test
    void quotaBandsOf200() {
        EvaluationResults r = run(QUOTA, twoHundred());
        assertThat(r.unit("U040").orElseThrow().classLabel()).isEqualTo("A");
        assertThat(r.unit("U041").orElseThrow().classLabel()).isEqualTo("B");
        assertThat(r.unit("U120").orElseThrow().classLabel()).isEqualTo("B");
        assertThat(r.unit("U121").orElseThrow().classLabel()).isEqualTo("C");
        assertThat(r.unit("U190").orElseThrow().classLabel()).isEqualTo("C");
        assertThat(r.unit("U191").orElseThrow().classLabel()).isEqualTo("D");
        assertThat(r.countInClass("A")).isEqualTo(40);
        assertThat(r.countInClass("D")).isEqualTo(10);
        assertThat(r.unit("U007").orElseThrow().ranks().city()).isEqualTo(7);
    }

    @Test
    void thresholds() {
        String t = """
                  method: thresholds
                  classes:
                    - {id: A, min_score: 100}
                    - {id: B, min_score: 80}
                    - {id: C, min_score: 50}
                    - {id: D}
                """;
        List<UnitRecord> rows = List.of(owner("a", 100).build(), owner("b", 99).build(), owner("c", 60).build());
        EvaluationResults r = run(t, rows);
        // 100/10/10×60 + 1000/10/100×40 = 60 + 40 = 100
        assertThat(r.unit("a").orElseThrow().total()).isEqualTo(100);
        assertThat(r.unit("a").orElseThrow().classLabel()).isEqualTo("A");
        assertThat(r.unit("b").orElseThrow().classLabel()).isEqualTo("B");
        assertThat(r.unit("c").orElseThrow().classLabel()).isEqualTo("C");
    }

    @Test
    void equalTotalsAreOrderedByTheFirstIndicatorThenById() {
        // same total 100: x has more tax (first indicator), y more sales
        Units x = Units.unit("x").with("land", 10).with("tenant", 0).with("tax", 100).with("revenue", 1000).with("age_years", 9);
        Units y = Units.unit("y").with("land", 10).with("tenant", 0).with("tax", 50).with("revenue", 1750).with("age_years", 9);
        Units z = Units.unit("w").with("land", 10).with("tenant", 0).with("tax", 50).with("revenue", 1750).with("age_years", 9);
        EvaluationResults r = run(QUOTA, List.of(y.build(), x.build(), z.build()));
        assertThat(r.unit("x").orElseThrow().total()).isEqualTo(r.unit("y").orElseThrow().total());
        assertThat(r.unit("x").orElseThrow().ranks().city()).isEqualTo(1);
        assertThat(r.unit("w").orElseThrow().ranks().city()).isEqualTo(2);
        assertThat(r.unit("y").orElseThrow().ranks().city()).isEqualTo(3);
    }

    @Test
    void equalScoresCanShareTheBetterClass() {
        String q = QUOTA.replace("method: quota", "method: quota\n  equal_scores: same_class");
        List<UnitRecord> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(owner("U" + i, i <= 3 ? 500 : 100 - i).build());
        }
        EvaluationResults r = run(q, rows);
        // A is 2 of 10, but three units share the top total
        assertThat(r.countInClass("A")).isEqualTo(3);
        assertThat(run(QUOTA, rows).countInClass("A")).isEqualTo(2);
    }

    @Test
    void vetoesForceDropOrCapTheClass() {
        List<UnitRecord> rows = new ArrayList<>(twoHundred());
        rows.set(0, owner("U001", 999).event("major_safety_accident", 1).build());
        rows.set(1, owner("U002", 998).event("environmental_violation", 1).build());
        rows.set(2, owner("U003", 997).event("serious_dishonesty", 1).build());
        EvaluationResults r = run(QUOTA, rows);
        assertThat(r.unit("U001").orElseThrow().classBeforeVeto()).isEqualTo("A");
        assertThat(r.unit("U001").orElseThrow().classLabel()).isEqualTo("D");
        assertThat(r.unit("U002").orElseThrow().classLabel()).isEqualTo("B");
        assertThat(r.unit("U003").orElseThrow().classLabel()).isEqualTo("C");
        assertThat(r.unit("U004").orElseThrow().classLabel()).isEqualTo("A");
    }

    @Test
    void bonusesAreCappedAndDeductionsCountOccurrences() {
        UnitResult u = run(QUOTA, List.of(owner("a", 100).tags("high_tech", "specialised").event("admin_penalty", 2).build())).unit(0);
        assertThat(u.bonus()).isEqualTo(5);
        assertThat(u.deduction()).isEqualTo(4);
        assertThat(u.total()).isEqualTo(101);
        assertThat(u.adjustments()).extracting(AppliedAdjustment::ruleId).containsExactly("hnte", "srdi", "penalty");
    }

    @Test
    void tenantsInheritTheirLandlordsClassAndExemptionsApply() {
        List<UnitRecord> rows = new ArrayList<>(twoHundred());
        rows.add(Units.unit("T1").with("tenant", 1).with("land_leased", 1).with("age_years", 5).landlord("U001").build());
        rows.add(Units.unit("T2").with("tenant", 1).with("age_years", 5).landlord("NOT-IN-RUN").build());
        rows.add(owner("P1", 5000).with("industry_division", 44).build());
        rows.add(owner("Y1", 5000).with("age_years", 1).build());
        EvaluationResults r = run(QUOTA, rows);
        assertThat(r.unit("T1").orElseThrow().status()).isEqualTo(UnitStatus.INHERITED);
        assertThat(r.unit("T1").orElseThrow().classLabel()).isEqualTo("A");
        assertThat(r.unit("T2").orElseThrow().status()).isEqualTo(UnitStatus.UNCLASSIFIED);
        assertThat(r.unit("P1").orElseThrow().status()).isEqualTo(UnitStatus.EXEMPT);
        UnitResult young = r.unit("Y1").orElseThrow();
        assertThat(young.status()).isEqualTo(UnitStatus.UNCLASSIFIED);
        assertThat(young.ranks().city()).isEqualTo(1);
        // the young firm is ranked but does not take a quota place: still 40 A among the 200
        assertThat(r.countInClass("A")).isEqualTo(41);
        assertThat(r.unit("U040").orElseThrow().classLabel()).isEqualTo("A");
    }

    @Test
    void quotasWithinDistricts() {
        List<UnitRecord> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(owner("N" + i, 1000 + i).district("500101").build());
            rows.add(owner("S" + i, i).district("500102").build());
        }
        EvaluationResults r = run(QUOTA.replace("within: category", "within: district"), rows);
        assertThat(r.unit("S10").orElseThrow().classLabel()).isEqualTo("A");
        assertThat(r.unit("S10").orElseThrow().ranks().district()).isEqualTo(1);
        assertThat(r.unit("S10").orElseThrow().ranks().city()).isEqualTo(11);
        assertThat(r.countInClass("A")).isEqualTo(4);
    }
}
