package io.muyield.bench.imports;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.CreditCodeSet;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.ingest.FileImportResult;
import io.muyield.ingest.FileImporter;
import io.muyield.ingest.ImportOptions;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.validate.ReferenceData;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.write.FieldPriority;
import io.muyield.store.write.FileBatchWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database side of the import, measured (docs/BENCHMARKS.md, "Import (into the database)"):
 * <pre>
 *   generate-registration FILE ROWS   a registration CSV (GBK) of the ROWS enterprises that IngestBenchmark's files name
 *   store DATA-DIR FILE YEAR [RUNS]  a tax or statistics file read, validated, staged and committed into a fresh DuckDB
 *                                    under DATA-DIR (the enterprises inserted first, untimed), as one file batch
 * </pre>
 * {@code store} runs the same classes as {@code muyield import} for a fact file (FileImporter streaming records into
 * FileBatchWriter.Open, one transaction, enterprise_year rebuilt for the keys; then the cluster cube in a transaction of
 * its own, timed apart), without the command line around it;
 * the end-to-end command is timed with {@code time muyield import} (see docs/BENCHMARKS.md).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: generate-registration FILE ROWS | store DATA-DIR FILE YEAR [RUNS]");
            System.exit(2);
        }
        switch (args[0]) {
            case "generate-registration" -> generateRegistration(Path.of(args[1]), Integer.parseInt(args[2]));
            case "store" -> store(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** The credit code of IngestBenchmark's row n. */
    static String code(int n) {
        String first17 = "91500112" + String.format("%08d", n) + "X";
        return first17 + CreditCode.checkDigit(first17);
    }

    static void generateRegistration(Path file, int rows) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), Charset.forName("GBK")), 1 << 16)) {
            w.write("统一社会信用代码,企业名称,所属区县,所属功能区,所属园区,国民经济行业代码,成立日期,登记状态,住所\n");
            for (int i = 0; i < rows; i++) {
                w.write(code(i) + ",重庆市第" + i + "号制造有限公司,500112,,,3612,2010-01-01,存续,重庆市渝北区\n");
            }
        }
    }

    static void store(Path dataDir, Path file, int year, int runs) throws IOException {
        for (int run = 1; run <= runs; run++) {
            Path dir = dataDir.resolve("run" + run);
            try (Database db = Database.forDataDir(dir)) {
                Migrations.migrate(db);
                io.muyield.store.reference.ReferenceData.loadIfEmpty(db);
                CreditCodeSet registered = registerAll(db, file);
                ReferenceData reference = ReferenceData.of(new io.muyield.store.industry.IndustryRepository(db).catalog(),
                        new io.muyield.store.region.RegionRepository(db).all(), Optional.empty())
                        .withRegistered(registered::contains);
                FileImporter importer = new FileImporter(reference);
                long started = System.nanoTime();
                long[] last = {started};
                StringBuilder steps = new StringBuilder();
                FileBatchWriter writer = new FileBatchWriter(db, FieldPriority.latestBatch(), java.time.Clock.systemDefaultZone(), step -> {
                    long now = System.nanoTime();
                    steps.append(String.format(" %s %.2f s;", step.equals("batch") ? "read+stage" : step, (now - last[0]) / 1e9));
                    last[0] = now;
                });
                FileImportResult[] result = new FileImportResult[1];
                FileBatchWriter.StoredFile stored = db.inTransaction(() -> {
                    long id = writer.reserveId();
                    try (FileBatchWriter.Open open = writer.open(id)) {
                        result[0] = importer.importFile(file, ImportOptions.of(id, year), r -> {
                            FactRecord f = (FactRecord) r;
                            Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
                            f.facts().forEach((field, q) -> values.put(field, new FactValue(q.toCanonical().stripTrailingZeros(), id)));
                            open.add(new YearlyFacts(f.enterprise(), year, f.aboveScale().orElse(false), values),
                                    (c, y, field) -> Optional.ofNullable(f.facts().get(field)), f.aboveScale().isPresent());
                        });
                        FileImportResult r = result[0];
                        return open.finish(new FileBatchWriter.FileBatch(id, "bench", r.profile().orElse("?"), year, file.getFileName().toString(),
                                r.sha256(), "bench", r.dataRows(), r.accepted(), r.rejections().size(), false), List.of(), List.of());
                    }
                });
                double seconds = (System.nanoTime() - started) / 1e9;
                long cubeStarted = System.nanoTime();
                db.inTransaction(() -> ClusterCube.refreshAfter(db, List.of(new ClusterCube.Written(stored.batchId(), stored.superseded()))));
                double cube = (System.nanoTime() - cubeStarted) / 1e9;
                Runtime rt = Runtime.getRuntime();
                System.out.printf("run %d: %,d rows read, %,d accepted, %,d facts committed in %.2f s = %,.0f rows/s (heap used now %d MB, max %d MB);%s "
                                + "then the cluster cube (DepartmentImport's next transaction) %.2f s%n",
                        run, result[0].dataRows(), result[0].accepted(), stored.facts(), seconds, result[0].dataRows() / seconds,
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, steps, cube);
            }
        }
    }

    /** Inserts one enterprise per credit code of the file's rows (untimed: registration is its own file). */
    private static CreditCodeSet registerAll(Database db, Path file) throws IOException {
        CreditCodeSet registered = new CreditCodeSet(1 << 20); // what DepartmentImport keeps
        Path csv = Files.createTempFile("codes", ".csv");
        try (Writer codes = Files.newBufferedWriter(csv)) {
            FileImporter probe = new FileImporter(new ReferenceData(c -> true, Map.of("500112", "500112"), Map.of(), Optional.empty()));
            probe.importFile(file, ImportOptions.of(0, 2023), r -> {
                if (r instanceof FactRecord f && registered.add(f.enterprise().value())) {
                    try {
                        codes.write(f.enterprise().value());
                        codes.write('\n');
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
        db.jdbc().execute("INSERT INTO enterprise (credit_code, name, district_code, zone_code, park_code, industry_code, founded, status, "
                + "batch_id) SELECT column0, 'bench', '500112', NULL, NULL, '3612', DATE '2010-01-01', 'ACTIVE', 0 FROM read_csv('"
                + csv.toAbsolutePath().toString().replace("'", "''") + "', header = false, columns = {'column0': 'VARCHAR'})");
        Files.delete(csv);
        return registered;
    }
}
