package io.muyield.app.imports;

import io.muyield.ingest.validate.Rejection;
import io.muyield.store.batch.ImportBatch;
import io.muyield.store.batch.RejectedRow;

import java.time.LocalDateTime;
import java.util.List;

/** The JSON of /api/v1/imports. */
public final class ImportJson {

    private ImportJson() {
    }

    /** At most this many rejected rows go into a JSON answer; the workbook has them all. */
    static final int REJECTIONS_SHOWN = 100;

    public record Reason(String field, String zh, String en) {
    }

    public record RejectedRowJson(String sheet, int row, List<String> cells, List<Reason> reasons) {
        static RejectedRowJson of(Rejection r) {
            return new RejectedRowJson(r.sheet(), r.row(), r.cells(),
                    r.issues().stream().map(i -> new Reason(i.field(), i.message().zh(), i.message().en())).toList());
        }

        static RejectedRowJson of(RejectedRow r) {
            return new RejectedRowJson(r.sheet(), r.row(), r.cells(), r.reasons().stream().map(x -> new Reason(x.field(), x.zh(), x.en())).toList());
        }
    }

    public record FileResult(String file, String profile, String source, String outcome, long read, long accepted, long rejected,
                             Long batchId, List<Long> superseded, String message, List<String> problems, List<RejectedRowJson> rejections) {
        static FileResult of(FileReport f) {
            return new FileResult(f.file(), f.profile().orElse(null), f.source().orElse(null), f.outcome().name(), f.read(), f.accepted(),
                    f.rejected(), f.batchId().orElse(null), f.superseded(), f.message(),
                    f.problems().stream().map(p -> p.describeZh() + " (" + p.describeEn() + ")").toList(),
                    f.rejections().stream().limit(REJECTIONS_SHOWN).map(RejectedRowJson::of).toList());
        }
    }

    public record Run(int year, boolean committed, long elapsedMillis, List<FileResult> files) {
        static Run of(ImportReport r) {
            return new Run(r.year(), r.committed(), r.elapsed().toMillis(), r.files().stream().map(FileResult::of).toList());
        }
    }

    public record Batch(long id, String source, String profile, Integer year, String fileName, String fileHash, LocalDateTime createdAt,
                        String createdBy, long rowsRead, long rowsAccepted, long rowsRejected, String status, Long supersededBy) {
        static Batch of(ImportBatch b) {
            return new Batch(b.id(), b.source(), b.profile().orElse(null), b.year().orElse(null), b.fileName().orElse(null),
                    b.fileHash().orElse(null), b.createdAt(), b.createdBy(), b.rowsRead(), b.rowsAccepted(), b.rowsRejected(),
                    b.status().name(), b.supersededBy().orElse(null));
        }
    }

    public record Page(long total, int page, int size, List<Batch> items) {
    }

    public record Detail(Batch batch, long facts, List<Batch> lineage, long rejectionsTotal, List<RejectedRowJson> rejections) {
    }
}
