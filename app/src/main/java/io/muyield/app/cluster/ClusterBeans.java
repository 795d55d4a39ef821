package io.muyield.app.cluster;

import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.cluster.FactCubeRepository;
import io.muyield.store.cluster.LatestRunFigures;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.cluster.RisingStarPlacement;
import io.muyield.store.cluster.TaxonomyVersions;
import io.muyield.store.industry.IndustryRepository;
import io.muyield.store.region.RegionFigureRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store classes behind the cluster, region, map and league pages, over the one {@link Database}. */
@Configuration
class ClusterBeans {

    @Bean
    FactCubeRepository factCubeRepository(Database database) {
        return new FactCubeRepository(database);
    }

    @Bean
    ClusterFigureRepository clusterFigureRepository(FactCubeRepository cubes, ClusterRepository clusters) {
        return new ClusterFigureRepository(cubes, clusters);
    }

    @Bean
    LatestRunFigures latestRunFigures(Database database, RunRepository runs) {
        return new LatestRunFigures(database, runs);
    }

    @Bean
    RisingStarPlacement risingStarPlacement(FactCubeRepository cubes, ClusterRepository clusters) {
        return new RisingStarPlacement(cubes, clusters);
    }

    @Bean
    TaxonomyVersions taxonomyVersions(Database database) {
        return new TaxonomyVersions(database);
    }

    @Bean
    IndustryRepository industryRepository(Database database) {
        return new IndustryRepository(database);
    }

    @Bean
    RegionFigureRepository regionFigureRepository(Database database) {
        return new RegionFigureRepository(database);
    }
}
