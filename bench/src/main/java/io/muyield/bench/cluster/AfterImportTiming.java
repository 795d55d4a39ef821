package io.muyield.bench.cluster;

import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.cluster.FactCubeRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionFigureRepository;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The first city-wide cluster and region request after an import, on the database {@link ClusterFigureTiming} filled:
 * {@code java -cp … io.muyield.bench.cluster.AfterImportTiming DIR}. An import is modelled by a new ACTIVE batch row (it
 * changes the data version as a real import does). Three cases, each after its own "import":
 * (1) no refresh: the first request computes the figures itself;
 * (2) a request that arrives 1 s after the import while the background refresh (what {@code FiguresWarmUp} runs on a
 * new data version) is computing: it waits for that same computation (single flight);
 * (3) a request after the refresh has finished.
 */
public final class AfterImportTiming {

    private AfterImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/muyield-cluster-bench");
        try (Database db = Database.forDataDir(dir)) {
            FactCubeRepository cubes = new FactCubeRepository(db);
            ClusterFigureRepository clusters = new ClusterFigureRepository(cubes, new ClusterRepository(db));
            RegionFigureRepository regions = new RegionFigureRepository(db);
            Runnable refresh = () -> {
                clusters.overview(2024, Condition.all());
                regions.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all());
                regions.byRegion(RegionFigureRepository.Level.ZONE, Condition.all());
            };
            Runnable request = () -> clusters.overview(2024, Condition.all());
            refresh.run();                      // JIT and DuckDB warm, figures of the current version kept

            importBatch(db);
            long t0 = System.nanoTime();
            request.run();
            System.out.printf("(1) first GET /api/v1/clusters after an import, no refresh:            %8.1f ms%n", ms(t0));

            importBatch(db);
            CompletableFuture<Double> background = CompletableFuture.supplyAsync(() -> {
                long r0 = System.nanoTime();
                refresh.run();
                return ms(r0);
            });
            Thread.sleep(1000);
            long q0 = System.nanoTime();
            request.run();
            double waited = ms(q0);
            System.out.printf("(2) first request 1 s after the import, refresh running:              %8.1f ms (refresh took %.1f ms)%n",
                    waited, background.get());

            importBatch(db);
            long r0 = System.nanoTime();
            refresh.run();
            double refreshMs = ms(r0);
            long s0 = System.nanoTime();
            request.run();
            System.out.printf("(3) first request after the refresh (%.1f ms after the import):      %8.3f ms%n", refreshMs, ms(s0));
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void importBatch(Database db) {
        Long id = db.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch", Long.class);
        db.jdbc().update("INSERT INTO import_batch VALUES (?, 'bench', NULL, NULL, NULL, CURRENT_TIMESTAMP, 'bench', 0, 0, 0, 'ACTIVE', NULL, NULL)", id);
    }
}
