package io.muyield.app.cluster;

import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionFigureRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, computes the city-wide cluster and region figures in the background, so the first visitor
 * of the cluster pages does not wait for the GROUP BY over every enterprise-year (seconds at a million enterprises).
 * City-wide users' scope is the neutral condition, so they are served from what this computes.
 */
@Component
class FiguresWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresWarmUp.class);

    private final ClusterFigureRepository clusters;
    private final RegionFigureRepository regions;
    private final ClusterService service;
    private final boolean enabled;

    FiguresWarmUp(ClusterFigureRepository clusters, RegionFigureRepository regions, ClusterService service,
                  @Value("${muyield.clusters.warm-up:true}") boolean enabled) {
        this.clusters = clusters;
        this.regions = regions;
        this.service = service;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                clusters.overview(service.defaultYear(), Condition.all());
                regions.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all());
                regions.byRegion(RegionFigureRepository.Level.ZONE, Condition.all());
                LOG.info("cluster and region figures ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("cluster figures not computed ahead: {}", e.getMessage());
            }
        }, "cluster-figures-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
