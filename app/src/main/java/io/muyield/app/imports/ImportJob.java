package io.muyield.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One web upload imported in the background ({@link ImportJobs}): who started it, its files, and its progress as
 * {@link DepartmentImport} reports it — the file being read, rows accepted so far, the counts of the files done — then
 * the final report (or the error). Written by the importing thread, read by the status requests: the fields are
 * volatile and each is written whole. The progress bar weighs files by size; within a delimited text file it estimates
 * the rows from the line length of its first 64 KB (a spreadsheet moves the bar when it is done).
 */
public final class ImportJob implements ImportProgress {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    private final String id;
    private final String owner;
    private final int year;
    private final List<String> files;
    private final long totalBytes;
    private final Instant created;
    private volatile State state = State.QUEUED;
    private volatile int fileIndex;
    private volatile String currentFile = "";
    private volatile long currentBytes;
    private volatile long currentEstimatedRows = -1;
    private volatile long currentAccepted;
    private volatile long doneBytes;
    private volatile long read;
    private volatile long accepted;
    private volatile long rejected;
    private volatile ImportReport report;
    private volatile String error;
    private volatile Instant finished;

    ImportJob(String id, String owner, int year, List<String> files, long totalBytes, Instant created) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.year = year;
        this.files = List.copyOf(files);
        this.totalBytes = totalBytes;
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public int year() {
        return year;
    }

    public List<String> files() {
        return files;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    public int fileIndex() {
        return fileIndex;
    }

    public int fileCount() {
        return files.size();
    }

    public String currentFile() {
        return currentFile;
    }

    /** Rows read, accepted and rejected in the files done; accepted includes the rows accepted so far in the current file. */
    public long read() {
        return read;
    }

    public long accepted() {
        return accepted + (finished() ? 0 : currentAccepted);
    }

    public long rejected() {
        return rejected;
    }

    public Optional<ImportReport> report() {
        return Optional.ofNullable(report);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Instant created() {
        return created;
    }

    Optional<Instant> finishedAt() {
        return Optional.ofNullable(finished);
    }

    /** 0–100: the files done by size, plus the estimated share of the current one (never 100 before the end). */
    public int percent() {
        if (finished()) {
            return 100;
        }
        if (totalBytes <= 0) {
            return 0;
        }
        double current = currentEstimatedRows > 0 ? Math.min(0.95, (double) currentAccepted / currentEstimatedRows) : 0;
        return (int) Math.min(99, Math.floor(100.0 * (doneBytes + current * currentBytes) / totalBytes));
    }

    void running() {
        state = State.RUNNING;
    }

    /** The rejected rows a finished job keeps per file for its page (which shows the first 100): jobs stay an hour in memory. */
    static final int KEPT_REJECTIONS = 100;

    void done(ImportReport r) {
        report = new ImportReport(r.year(), r.files().stream().map(f -> f.rejections().size() <= KEPT_REJECTIONS ? f
                : new FileReport(f.file(), f.profile(), f.source(), f.outcome(), f.read(), f.accepted(), f.rejected(), f.batchId(),
                f.superseded(), f.message(), f.rejections().subList(0, KEPT_REJECTIONS), f.problems(), f.warnings())).toList(),
                r.committed(), r.elapsed());
        finished = Instant.now();
        state = State.DONE;
    }

    void failed(String message) {
        error = message;
        finished = Instant.now();
        state = State.FAILED;
    }

    @Override
    public void fileStarted(int index, int count, Path file, long bytes) {
        currentAccepted = 0;
        currentEstimatedRows = estimateRows(file, bytes);
        currentBytes = bytes;
        currentFile = file.getFileName().toString();
        fileIndex = index;
    }

    @Override
    public void accepted(long rowsSoFar) {
        currentAccepted = rowsSoFar;
    }

    @Override
    public void fileFinished(FileReport r) {
        read += r.read();
        accepted += r.accepted();
        rejected += r.rejected();
        doneBytes += currentBytes;
        currentAccepted = 0;
    }

    /** Rows of a delimited text file from the line length of its first 64 KB; -1 for a workbook or an unreadable file. */
    static long estimateRows(Path file, long bytes) {
        byte[] head = new byte[64 * 1024];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            return -1;
        }
        if (n >= 2 && ((head[0] == 'P' && head[1] == 'K') || (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF))) {
            return -1;
        }
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        return lines == 0 ? -1 : Math.max(1, Math.round((double) bytes * lines / n));
    }
}
