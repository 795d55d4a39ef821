package io.muyield.app.imports;

import io.muyield.app.shared.AuditLog;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Web uploads imported on a background thread, one at a time (as {@link DepartmentImport} runs them anyway), so the
 * page can show progress while a large file imports. A job belongs to the user who started it: {@link #find} gives
 * it to that user and to city administrators only. Finished jobs are forgotten an hour after they end. The
 * API's {@code POST /api/v1/imports} stays synchronous (201/422) for scripts.
 */
@Service
public class ImportJobs {

    static final Duration KEEP = Duration.ofHours(1);

    private final DepartmentImport importer;
    private final AuditLog audit;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "muyield-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(ImportService service, AuditLog audit) {
        this.importer = service.importer();
        this.audit = audit;
    }

    /**
     * Starts importing the files (already stored in {@code directory}, deleted when the job ends) as one run.
     *
     * @return the job, QUEUED until the thread takes it
     */
    public ImportJob submit(String owner, Path directory, List<Path> files, int year, Optional<String> profile) {
        forgetOld();
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException ignored) {
                // counted as empty: the import reports the file
            }
        }
        List<Path> ordered = DepartmentImport.inImportOrder(files);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, year, ordered.stream().map(p -> p.getFileName().toString()).toList(),
                bytes, Instant.now());
        jobs.put(job.id(), job);
        executor.submit(() -> {
            job.running();
            try {
                ImportReport report = importer.run(new DepartmentImport.Request(ordered, year, profile, owner), line -> { }, job);
                for (FileReport f : report.files()) {
                    audit.record(owner, "IMPORT", f.auditTarget(), f.auditDetails(year, report.committed()));
                }
                job.done(report);
            } catch (RuntimeException e) {
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                ImportService.delete(directory);
            }
        });
        return job;
    }

    /** The job, for its owner or a city administrator; empty otherwise (the caller answers 404). */
    public Optional<ImportJob> find(String id, String user, boolean cityAdmin) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> cityAdmin || j.owner().equals(user));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt().map(t -> t.isBefore(limit)).orElse(false));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
