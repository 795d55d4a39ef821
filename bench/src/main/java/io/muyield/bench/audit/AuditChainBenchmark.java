package io.muyield.bench.audit;

import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.audit.ChainCheck;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The audit trail, measured (docs/BENCHMARKS.md, "Audit trail"): N appends one by one (each its own transaction:
 * read the last hash, insert the next entry, as the application does), then verifying the whole chain.
 * <pre>
 *   AuditChainBenchmark N [JDBC-URL USER PASSWORD]   default: a fresh DuckDB file in a temporary directory
 * </pre>
 * On PostgreSQL, give an empty schema (…?currentSchema=bench_audit): the tables are created there.
 */
public final class AuditChainBenchmark {

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Database db = args.length > 1 ? Database.open(args[1], args[2], args[3]) : Database.forDataDir(Files.createTempDirectory("muyield-audit-bench"));
        try (db) {
            Migrations.migrate(db);
            AuditRepository audit = new AuditRepository(db);
            for (int i = 0; i < 200; i++) {
                audit.append("warmup", "LOGIN", "user:warmup", "form");
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                audit.append("u" + (i % 50), i % 3 == 0 ? "ENTERPRISE_VIEW" : "LOGIN", "91500112M" + String.format("%09d", i),
                        "yearly facts of 6 years");
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ChainCheck check = audit.verify();
            double verifySeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %,d appends in %.2f s (%.2f ms each); verify %,d entries in %.2f s (%,.0f entries/s): %s%n",
                    db.dialect().displayName(), n, appendSeconds, appendSeconds * 1000 / n, check.entries(), verifySeconds,
                    check.entries() / verifySeconds, check.ok() ? "OK" : check.describe());
        }
    }
}
