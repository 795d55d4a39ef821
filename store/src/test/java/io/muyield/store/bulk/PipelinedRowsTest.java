package io.muyield.store.bulk;

import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows written by the second thread arrive whole, in order, inside the caller's transaction; a failure reaches the caller. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class PipelinedRowsTest {

    private static final List<String> COLUMNS = List.of("n", "label", "amount");
    private static final int ROWS = PipelinedRows.CHUNK * 3 + 17;

    @Parameter
    TestDatabase target;

    private Database db;

    @BeforeEach
    void table() {
        db = target.database();
        db.jdbc().execute("CREATE TABLE pipelined_probe (n INTEGER NOT NULL, label VARCHAR, amount DECIMAL(24, 6))");
    }

    @AfterEach
    void drop() {
        db.jdbc().execute("DROP TABLE pipelined_probe");
    }

    @Test
    void everyRowArrivesInOrderWithinTheTransaction() {
        long seen = db.inTransaction(() -> {
            write(ROWS, -1);
            return db.jdbc().queryForObject("SELECT COUNT(*) FROM pipelined_probe", Long.class);
        });
        assertThat(seen).isEqualTo(ROWS);
        List<Integer> numbers = db.jdbc().queryForList("SELECT n FROM pipelined_probe ORDER BY n", Integer.class);
        assertThat(numbers).hasSize(ROWS).first().isEqualTo(0);
        assertThat(numbers.get(ROWS - 1)).isEqualTo(ROWS - 1);
        assertThat(db.jdbc().queryForObject("SELECT SUM(amount) FROM pipelined_probe", BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.valueOf((long) ROWS * (ROWS - 1) / 2).movePointLeft(2));
    }

    @Test
    void aFailingRowReachesTheCallerAndTheTransactionLeavesNothing() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            write(ROWS, PipelinedRows.CHUNK + 5);
            return null;
        })).hasMessageContaining("pipelined_probe");
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM pipelined_probe", Long.class)).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("bulk-rows-pipelined_probe"));
    }

    /** Writes rows 0..count-1; row {@code bad} (if ≥ 0) carries a NULL where the column refuses one. */
    private void write(int count, int bad) {
        try {
            Connection connection = DataSourceUtils.getConnection(db.dataSource());
            db.jdbc().queryForObject("SELECT 1", Integer.class); // begins the transaction (see BulkRows)
            try (BulkRows rows = PipelinedRows.over(() -> BulkRows.open(connection, db.dialect(), "pipelined_probe", COLUMNS), COLUMNS.size(),
                    "pipelined_probe")) {
                for (int i = 0; i < count; i++) {
                    rows.row(i == bad ? null : i, "row " + i, BigDecimal.valueOf(i).movePointLeft(2).setScale(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pipelined_probe: " + e.getMessage(), e);
        }
    }
}
