package io.muyield.app.shared;

import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** One database per process: opened from muyield.db.url, migrated and given its reference data before anything reads it. */
@Configuration
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    Database database(MuyieldProperties properties) {
        MuyieldProperties.Db db = properties.db();
        Database database = Database.open(db.url(), db.user(), db.password());
        String version = Migrations.migrate(database);
        ReferenceData.loadIfEmpty(database);
        log.debug("Database {} at schema version {}", database, version);
        return database;
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
