package io.muyield.store.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionTest {

    @Test
    void optionalFiltersFoldFromTheNeutralCondition() {
        Condition c = Condition.all().and(Condition.eq(Column.DISTRICT_CODE, "500112")).and(Condition.all());
        assertThat(c.sql()).isEqualTo("e.district_code = ?");
        assertThat(c.params()).containsExactly("500112");
        assertThat(Condition.all().and(Condition.all())).isSameAs(Condition.all());
    }

    @Test
    void combinedConditionsKeepTheirParametersInPlaceholderOrder() {
        Condition c = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "CQ-LJXQ"))
                .and(Condition.in(Column.PARK_CODE, List.of("P1", "P2")));
        assertThat(c.sql()).isEqualTo("((((e.district_code = ?) OR (e.zone_code = ?))) AND (e.park_code IN (?, ?)))");
        assertThat(c.params()).containsExactly("500112", "CQ-LJXQ", "P1", "P2");
    }

    @Test
    void aCombinedConditionIsWrappedWholeSoTextAppendedAfterItCannotSplitAnOr() {
        // A district officer's scope: district OR zone. A query that appends "AND …" to it must still need the scope.
        Condition scope = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "CQ-LJXQ"));
        assertThat(scope.sql()).isEqualTo("((e.district_code = ?) OR (e.zone_code = ?))");
        String appended = scope.sql() + " AND e.park_code IS NOT NULL";
        assertThat(appended).startsWith("((").contains(")) AND");
    }

    @Test
    void userTextNeverBecomesSql() {
        Condition c = Condition.contains(Column.NAME, "x' OR '1'='1 %_!");
        assertThat(c.sql()).isEqualTo("e.name LIKE ? ESCAPE '!'");
        assertThat(c.params()).containsExactly("%x' OR '1'='1 !%!_!!%");
        assertThat(Condition.startsWith(Column.INDUSTRY_CODE, "39").params()).containsExactly("39%");
    }

    @Test
    void notInExcludesTheValuesAndAnEmptyNotInMatchesEverything() {
        Condition c = Condition.notIn(Column.CREDIT_CODE, List.of("A", "B"));
        assertThat(c.sql()).isEqualTo("NOT (e.credit_code IN (?, ?))");
        assertThat(c.params()).containsExactly("A", "B");
        assertThat(Condition.notIn(Column.CREDIT_CODE, List.of())).isSameAs(Condition.all());
    }

    @Test
    void anEmptyInMatchesNothingAndValuesMustFitTheColumn() {
        assertThat(Condition.in(Column.DISTRICT_CODE, List.of())).isSameAs(Condition.none());
        assertThat(Condition.none().or(Condition.eq(Column.YEAR, 2023)).sql()).isEqualTo("y.year = ?");
        assertThatThrownBy(() -> Condition.eq(Column.YEAR, "2023")).hasMessageContaining("YEAR takes Integer");
        assertThatThrownBy(() -> Condition.contains(Column.YEAR, "20")).hasMessageContaining("not a text column");
        assertThatThrownBy(() -> Condition.eq(Column.NAME, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aYearRecordConditionIsASubquery() {
        Condition c = Condition.hasYearRecord(Condition.eq(Column.YEAR, 2023).and(Condition.eq(Column.ABOVE_SCALE, true)));
        assertThat(c.sql()).isEqualTo("EXISTS (SELECT 1 FROM enterprise_year y WHERE y.credit_code = e.credit_code AND "
                + "(((y.year = ?) AND (y.above_scale = ?))))");
        assertThat(c.params()).containsExactly(2023, true);
    }

    @Test
    void aConditionKnowsTheColumnsItNames() {
        Condition officer = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "500112"));
        assertThat(officer.columns()).containsExactlyInAnyOrder(Column.DISTRICT_CODE, Column.ZONE_CODE);
        assertThat(officer.and(Condition.industrySection('C')).columns()).contains(Column.INDUSTRY_CODE);
        assertThat(Condition.notIn(Column.CREDIT_CODE, List.of("A")).columns()).containsExactly(Column.CREDIT_CODE);
        assertThat(Condition.hasYearRecord(Condition.eq(Column.YEAR, 2023)).columns())
                .containsExactlyInAnyOrder(Column.CREDIT_CODE, Column.YEAR);
        assertThat(Condition.all().columns()).isEmpty();
        assertThat(Condition.none().columns()).isEmpty();
    }
}
