package io.muyield.app.imports;

import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one file of an import: its profile and source, rows read / accepted / rejected, the batch written
 * (or the earlier batch that already holds the same bytes), the batches it superseded, the refused rows and the
 * file-level problems, and one line saying it all.
 */
public record FileReport(String file, Optional<String> profile, Optional<String> source, Outcome outcome, long read, long accepted,
                         long rejected, Optional<Long> batchId, List<Long> superseded, String message, List<Rejection> rejections,
                         List<Issue> problems, int warnings) {

    /** IMPORTED: a new batch; UNCHANGED: the same file is already the ACTIVE batch; REFUSED: the file as a whole was
     * not accepted; NOT_COMMITTED: sound, but another file of the same import was refused, so nothing was kept. */
    public enum Outcome {
        IMPORTED, UNCHANGED, REFUSED, NOT_COMMITTED
    }

    public FileReport {
        Objects.requireNonNull(file);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(message);
        superseded = List.copyOf(superseded);
        rejections = List.copyOf(rejections);
        problems = List.copyOf(problems);
    }

    FileReport notCommitted() {
        if (outcome != Outcome.IMPORTED) {
            return this;
        }
        return new FileReport(file, profile, source, Outcome.NOT_COMMITTED, read, accepted, rejected, Optional.empty(), List.of(),
                "未提交：同一次导入中有文件被拒绝 (not committed: another file of this import was refused)", rejections, problems,
                warnings);
    }

    /** What the audit trail records of this file: the batch (or the file when none was written). */
    public String auditTarget() {
        return batchId.map(b -> "batch:" + b).orElse("file:" + file);
    }

    /** The audit entry's details: file, year, profile, outcome and counts, and whether the import was committed. */
    public String auditDetails(int year, boolean committed) {
        return "file=" + file + " year=" + year + " profile=" + profile.orElse("-") + " outcome=" + outcome + " read=" + read
                + " accepted=" + accepted + " rejected=" + rejected + " committed=" + committed;
    }
}
