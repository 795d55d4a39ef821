package io.muyield.app.cluster;

import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.DataVersion;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionFigureRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the city-wide cluster and region figures in the background — once the server is up, and again whenever the
 * data version changes (an import committed, a batch superseded or removed, a taxonomy version) — so the first visitor
 * after a start or an import does not wait for the GROUP BY over every enterprise-year (seconds at a million
 * enterprises). The data version is polled every {@code muyield.clusters.refresh-seconds} (default 5; 0 = only at
 * start-up), which catches imports from any process. A request that arrives while the refresh runs waits for that same
 * computation (single flight), never for a second one. City-wide users' scope is the neutral condition, so they are
 * served from what this computes. Since V9 the figures are summed from the pre-aggregated {@code cluster_cube} (refreshed
 * by the import itself), so this computation takes well under a second even at a million enterprises.
 */
@Component
class FiguresWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresWarmUp.class);

    private final Database database;
    private final ClusterFigureRepository clusters;
    private final RegionFigureRepository regions;
    private final ClusterService service;
    private final boolean enabled;
    private final long refreshSeconds;

    FiguresWarmUp(Database database, ClusterFigureRepository clusters, RegionFigureRepository regions, ClusterService service,
                  @Value("${muyield.clusters.warm-up:true}") boolean enabled,
                  @Value("${muyield.clusters.refresh-seconds:5}") long refreshSeconds) {
        this.database = database;
        this.clusters = clusters;
        this.regions = regions;
        this.service = service;
        this.enabled = enabled;
        this.refreshSeconds = refreshSeconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(this::keepFresh, "cluster-figures-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void keepFresh() {
        DataVersion computed = null;
        while (true) {
            try {
                DataVersion now = DataVersion.of(database);
                if (!now.equals(computed)) {
                    long t0 = System.nanoTime();
                    compute();
                    LOG.info("cluster and region figures ready for {} in {} ms", now, (System.nanoTime() - t0) / 1_000_000);
                    computed = now;
                }
            } catch (RuntimeException e) {
                LOG.warn("cluster figures not computed ahead: {}", e.getMessage());
            }
            if (refreshSeconds <= 0) {
                return;
            }
            try {
                Thread.sleep(refreshSeconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * What the first city-wide requests of the cluster overview, the map and the league ask for; first the
     * pre-aggregated cube is rebuilt if it does not match the imported data (a database upgraded to V9 or loaded by
     * other means — the import writers keep it current otherwise).
     */
    void compute() {
        if (ClusterCube.rebuildIfStale(database)) {
            LOG.info("the pre-aggregated cluster cube was rebuilt from enterprise_year");
        }
        clusters.overview(service.defaultYear(), Condition.all());
        regions.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all());
        regions.byRegion(RegionFigureRepository.Level.ZONE, Condition.all());
    }
}
