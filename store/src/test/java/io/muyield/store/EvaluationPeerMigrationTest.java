package io.muyield.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V5_2 moves the peer parameters of runs stored before it into evaluation_result_peers, one row per distinct set and run. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class EvaluationPeerMigrationTest {

    @Parameter
    TestDatabase target;

    @Test
    void indicatorRowsStoredBeforeKeepTheirPeerParameters() {
        Database db = target.bare();
        Flyway.configure(Migrations.class.getClassLoader()).configuration(Migrations.flyway(db).getConfiguration()).target("5").load()
                .migrate();
        String insert = "INSERT INTO evaluation_result_indicator (run_id, credit_code, position, indicator_id, dimension_id, raw, value, note, "
                + "benchmark, benchmark_note, normaliser, sign, normalised, cap, floor, capped, weight, weighted, peer_min, peer_max, peer_mean, "
                + "peer_sd, peer_count, spec_low, spec_high, spec_scale, spec_target, sample_sd, cap_at_target) "
                + "VALUES (?, ?, ?, 'tax', 'd', 1.5, 1.5, 'OBSERVED', NULL, '', 'MIN_MAX', 1, 0.5, 1.2, 0.0, 0.5, 0.4, 0.2, ?, ?, NULL, NULL, ?, "
                + "NULL, NULL, NULL, NULL, FALSE, ?)";
        db.jdbc().update(insert, 1L, "A", 0, 0.0, 10.0, 3, false);
        db.jdbc().update(insert, 1L, "B", 0, 0.0, 10.0, 3, false);
        db.jdbc().update(insert, 1L, "C", 0, 2.0, 10.0, 3, true);
        db.jdbc().update(insert, 2L, "A", 0, 0.0, 10.0, 3, false);

        Migrations.migrate(db);

        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM evaluation_result_peers WHERE run_id = 1", Long.class)).isEqualTo(2);
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM evaluation_result_peers WHERE run_id = 2", Long.class)).isEqualTo(1);
        List<Map<String, Object>> rows = db.jdbc().queryForList("SELECT i.run_id, i.credit_code, i.normalised, p.peer_min, p.peer_max, "
                + "p.peer_mean, p.peer_count, p.cap_at_target FROM evaluation_result_indicator i JOIN evaluation_result_peers p "
                + "ON p.run_id = i.run_id AND p.peer_id = i.peer_id ORDER BY i.run_id, i.credit_code");
        assertThat(rows).extracting(r -> r.get("credit_code") + ":" + ((Number) r.get("peer_min")).doubleValue() + ":"
                        + ((Number) r.get("peer_max")).doubleValue() + ":" + r.get("peer_mean") + ":" + ((Number) r.get("peer_count")).intValue()
                        + ":" + r.get("cap_at_target") + ":" + ((Number) r.get("normalised")).doubleValue())
                .containsExactly("A:0.0:10.0:null:3:false:0.5", "B:0.0:10.0:null:3:false:0.5", "C:2.0:10.0:null:3:true:0.5",
                        "A:0.0:10.0:null:3:false:0.5");
    }
}
