package io.muyield.app.cli;

import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code muyield db migrate}: bring a database's schema up to date and load the reference data it lacks. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database maintenance.",
        subcommands = DbCommand.Migrate.class)
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Migrate the schema (Flyway) and load the reference data (industries, regions, clusters, energy factors).")
    static final class Migrate implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public void run() {
            try (Database db = Database.open(database.jdbcUrl(), System.getenv("MUYIELD_DB_USER"), System.getenv("MUYIELD_DB_PASSWORD"))) {
                String version = Migrations.migrate(db);
                ReferenceData.loadIfEmpty(db);
                spec.commandLine().getOut().println("Database " + db + " is at schema version " + version + ", reference data loaded.");
            }
        }
    }
}
