package io.muyield.app.shared;

import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.summary.CitySummaryRepository;
import io.muyield.store.summary.FactYears;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's repositories as beans; they are plain classes over the one {@link Database}. */
@Configuration
class StoreConfig {

    @Bean
    EnterpriseRepository enterpriseRepository(Database database) {
        return new EnterpriseRepository(database);
    }

    @Bean
    RegionRepository regionRepository(Database database) {
        return new RegionRepository(database);
    }

    @Bean
    ParkRepository parkRepository(Database database) {
        return new ParkRepository(database);
    }

    @Bean
    ClusterRepository clusterRepository(Database database) {
        return new ClusterRepository(database);
    }

    @Bean
    CitySummaryRepository citySummaryRepository(Database database) {
        return new CitySummaryRepository(database);
    }

    @Bean
    FactYears factYears(Database database) {
        return new FactYears(database);
    }
}
