package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written SQL of the benchmark is the same evaluation as the engine's: unit by unit, on the benchmark's data. */
class ChongqingSqlTest {

    record Row(String category, double total, String classLabel, int rankCity, int rankDistrict, int rankIndustry) {
    }

    @Test
    void theSqlGivesTheEnginesCategoriesTotalsClassesAndRanks() throws Exception {
        EvaluationInput input = SyntheticUnits.city(30_000, 1);
        EvaluationResults engine = EvaluationEngine.resultsOnly(SchemePresets.load(SchemePresets.CHONGQING_2023), input);
        Map<String, Row> sql = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ChongqingSql.load(c, input);
            ChongqingSql.run(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM sql_result")) {
                while (rs.next()) {
                    double total = rs.getDouble("total");
                    sql.put(rs.getString("id"), new Row(rs.getString("category"), rs.wasNull() ? Double.NaN : total,
                            rs.getString("class_label"), rs.getInt("rank_city"), rs.getInt("rank_district"), rs.getInt("rank_industry")));
                }
            }
        }
        assertThat(sql).hasSize(input.size());
        int classed = 0;
        for (int u = 0; u < engine.size(); u++) {
            UnitResult e = engine.unit(u);
            Row r = sql.get(e.id());
            String where = e.id() + " " + e + " vs " + r;
            assertThat(r.category() == null ? "" : r.category()).as(where).isEqualTo(e.categoryId());
            if (Double.isNaN(e.total())) {
                assertThat(r.total()).as(where).isNaN();
            } else {
                assertThat(r.total()).as(where).isCloseTo(e.total(), org.assertj.core.api.Assertions.within(1e-9));
            }
            assertThat(r.classLabel() == null ? "" : r.classLabel()).as(where).isEqualTo(e.classLabel());
            assertThat(r.rankCity()).as(where).isEqualTo(e.ranks().city());
            assertThat(r.rankDistrict()).as(where).isEqualTo(e.ranks().district());
            assertThat(r.rankIndustry()).as(where).isEqualTo(e.ranks().industry());
            classed += e.classified() ? 1 : 0;
        }
        assertThat(classed).isGreaterThan(10_000);
    }
}
