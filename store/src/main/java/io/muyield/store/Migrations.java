package io.muyield.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings the schema up to date with Flyway: {@code db/migration/common} for both databases, plus the dialect's own
 * folder ({@code db/migration/duckdb} or {@code db/migration/postgresql}) when it has migrations.
 */
public final class Migrations {

    static final String COMMON = "db/migration/common";

    private Migrations() {
    }

    /** Applies every pending migration and returns the schema version now in force. */
    public static String migrate(Database database) {
        MigrateResult result = flyway(database).migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway(database).info().current().getVersion().getVersion();
    }

    static Flyway flyway(Database database) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations(locations(database.dialect()).toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    static List<String> locations(Dialect dialect) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:" + COMMON);
        if (Migrations.class.getClassLoader().getResource(dialect.migrationLocation()) != null) {
            locations.add("classpath:" + dialect.migrationLocation());
        }
        return locations;
    }
}
