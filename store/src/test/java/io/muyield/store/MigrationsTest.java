package io.muyield.store;

import io.muyield.core.fact.FactField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class MigrationsTest {

    @Parameter
    TestDatabase target;

    @Test
    void migratesAFreshDatabaseOnceAndThenHasNothingToDo() {
        Database db = target.database();
        // Every migration of the dialect's locations (common + own) applied, the newest being the current version.
        var all = Migrations.flyway(db).info().all();
        assertThat(all.length).isGreaterThanOrEqualTo(db.dialect() == Dialect.POSTGRESQL ? 4 : 3);
        assertThat(Migrations.migrate(db)).isEqualTo(all[all.length - 1].getVersion().getVersion());
        assertThat(Migrations.flyway(db).info().pending()).isEmpty();
        Integer applied = db.jdbc().queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class);
        assertThat(applied).isEqualTo(all.length);
    }

    @Test
    void theSameTablesAndColumnsOnBothDatabases() {
        Database db = target.database();
        assertThat(columns(db, "region")).containsExactly("code", "name_zh", "name_en", "kind", "parent_code", "national_code",
                "overlaps_districts");
        assertThat(columns(db, "region_grouping")).containsExactly("grouping", "region_code", "group_code");
        assertThat(columns(db, "park")).containsExactly("code", "name_zh", "region_code", "level");
        assertThat(columns(db, "industry_class")).containsExactly("code", "level", "name_zh", "name_en", "parent_code", "section");
        assertThat(columns(db, "cluster_code")).containsExactly("cluster_id", "code_prefix", "core", "partial", "position");
        assertThat(columns(db, "import_batch")).containsExactly("id", "source", "year", "file_name", "file_hash", "created_at",
                "created_by", "rows_read", "rows_accepted", "rows_rejected", "status", "superseded_by", "profile");
        assertThat(columns(db, "land_lease")).containsExactly("batch_id", "year", "landlord", "tenant", "area_mu", "lease_start",
                "lease_end", "source_row");
        assertThat(columns(db, "enterprise_event")).containsExactly("batch_id", "year", "credit_code", "kind", "event_count");
        assertThat(columns(db, "import_rejection")).containsExactly("batch_id", "position", "sheet", "row_number", "header", "cells",
                "issues");
        assertThat(columns(db, "enterprise")).containsExactly("credit_code", "name", "district_code", "zone_code", "park_code",
                "industry_code", "founded", "status", "batch_id");
        assertThat(columns(db, "fact")).containsExactly("credit_code", "year", "field", "value", "reported_value", "reported_unit",
                "batch_id");
        List<String> wide = new ArrayList<>(List.of("credit_code", "year", "above_scale", "above_scale_batch"));
        for (FactField f : FactField.values()) {
            wide.add(f.column());
            wide.add(f.column() + "_batch");
        }
        wide.add("land_used_mu");
        assertThat(columns(db, "enterprise_year")).containsExactlyElementsOf(wide);
        assertThat(columns(db, "energy_factor")).contains("category", "item_zh", "value", "unit", "confidence", "note");
    }

    @Test
    void amountsAreDecimal24_6() {
        Database db = target.database();
        db.jdbc().query("SELECT value, reported_value FROM fact WHERE 1 = 0", rs -> {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getPrecision(1)).isEqualTo(24);
            assertThat(md.getScale(1)).isEqualTo(6);
        });
    }

    private static List<String> columns(Database db, String table) {
        return db.jdbc().query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
            ResultSetMetaData md = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
    }
}
