package io.muyield.app.imports;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.app.shared.UserFacingException;
import io.muyield.ingest.export.RejectionWorkbook;
import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Message;
import io.muyield.ingest.validate.Rejection;
import io.muyield.ingest.validate.Severity;
import io.muyield.store.Database;
import io.muyield.store.batch.FactHistoryRepository;
import io.muyield.store.batch.ImportBatch;
import io.muyield.store.batch.ImportBatchRepository;
import io.muyield.store.batch.RejectedRow;
import io.muyield.store.batch.RejectionRepository;
import io.muyield.store.quality.DataQualityRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Uploads, batches and data quality for the pages and the API; imports go through {@link DepartmentImport}. */
@Service
public class ImportService {

    /** At most this many rejected rows are kept per batch page. */
    static final int REJECTIONS_PAGE = 200;

    private final DepartmentImport importer;
    private final ImportBatchRepository batches;
    private final RejectionRepository rejections;
    private final DataQualityRepository quality;
    private final FactHistoryRepository history;
    private final DataScopes scopes;
    private final AuditLog audit;

    ImportService(Database database, DataScopes scopes, AuditLog audit) {
        this.audit = audit;
        this.importer = new DepartmentImport(database);
        this.batches = new ImportBatchRepository(database);
        this.rejections = new RejectionRepository(database);
        this.quality = new DataQualityRepository(database);
        this.history = new FactHistoryRepository(database);
        this.scopes = scopes;
    }

    /** Stores the uploaded files in a temporary directory under their own names and imports them as one run. */
    public ImportReport upload(List<MultipartFile> files, int year, String source) {
        Staged staged = stage(files, year, source);
        try {
            ImportReport report = importer.run(new DepartmentImport.Request(DepartmentImport.inImportOrder(staged.files()), year,
                    staged.profile(), currentUser()), line -> { });
            for (FileReport f : report.files()) {
                audit.record("IMPORT", f.auditTarget(), f.auditDetails(year, report.committed()));
            }
            return report;
        } finally {
            delete(staged.directory());
        }
    }

    /** Uploaded files stored in a temporary directory (the caller deletes it), with the profile asked for. */
    record Staged(Path directory, List<Path> files, Optional<String> profile) {
    }

    /** The same import as {@link #upload}, on {@link ImportJobs}' thread: the job shows its progress. */
    public ImportJob submit(List<MultipartFile> files, int year, String source, ImportJobs jobs) {
        Staged staged = stage(files, year, source);
        return jobs.submit(currentUser(), staged.directory(), staged.files(), year, staged.profile());
    }

    /** Checks the upload's form and stores its files under their own names in a new temporary directory. */
    Staged stage(List<MultipartFile> files, int year, String source) {
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty) && files.stream().allMatch(f -> f.getOriginalFilename() == null
                || f.getOriginalFilename().isBlank())) {
            throw new UserFacingException("请选择要上传的文件 (choose at least one file to upload)");
        }
        if (year < 1949 || year > 2100) {
            throw new UserFacingException("年度应为如 2023 的年份 (year must be a year such as 2023), was " + year);
        }
        Optional<String> profile = Optional.ofNullable(source).filter(s -> !s.isBlank());
        if (profile.isPresent() && !importer.profileKeys().contains(profile.get())) {
            throw new UserFacingException("unknown source '" + profile.get() + "': use one of " + String.join(", ", importer.profileKeys()));
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("muyield-upload");
            List<Path> paths = new ArrayList<>();
            Set<String> names = new HashSet<>();
            int n = 0;
            for (MultipartFile f : files) {
                n++;
                String name = safeName(f.getOriginalFilename(), n);
                while (!names.add(name)) {
                    name = n + "_" + name;
                }
                Path target = dir.resolve(name);
                f.transferTo(target);
                paths.add(target);
            }
            return new Staged(dir, paths, profile);
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
    }

    DepartmentImport importer() {
        return importer;
    }

    public ImportJson.Page page(int page, int size) {
        int s = Math.max(1, Math.min(size, 500));
        int p = Math.max(0, page);
        return new ImportJson.Page(batches.count(), p, s, batches.page(s, (long) p * s).stream().map(ImportJson.Batch::of).toList());
    }

    public ImportJson.Detail detail(long id) {
        ImportBatch b = batch(id);
        List<ImportJson.RejectedRowJson> rows = cityWide() ? rejections.ofBatch(id, REJECTIONS_PAGE).stream()
                .map(ImportJson.RejectedRowJson::of).toList() : List.of();
        return new ImportJson.Detail(ImportJson.Batch.of(b), batches.factCount(id), batches.lineage(b).stream().map(ImportJson.Batch::of).toList(),
                rejections.count(id), rows);
    }

    /**
     * Whether the user may read rejected rows: they are raw department rows about any enterprise (or none), so only the
     * city-wide roles see them; others see the count.
     */
    static boolean cityWide() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CITY_ADMIN")
                || a.getAuthority().equals("ROLE_CITY_ANALYST"));
    }

    /** The batch's refused rows as the department's workbook (original row and reasons). */
    public void writeRejections(long id, OutputStream out) throws IOException {
        ImportBatch b = batch(id);
        String file = b.fileName().orElse("batch " + id);
        List<Rejection> rows = rejections.ofBatch(id, Integer.MAX_VALUE).stream().map(r -> rejection(file, r)).toList();
        RejectionWorkbook.write(rows, out);
    }

    /** How many rows of the batch were refused (the row count of its rejections workbook). */
    public long rejectedRows(long id) {
        batch(id);
        return rejections.count(id);
    }

    public String rejectionsFileName(long id) {
        String name = batch(id).fileName().orElse("batch-" + id);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return stem + "_rejected.xlsx";
    }

    public QualityView quality(Optional<Integer> year) {
        List<Integer> years = quality.years();
        int y = year.orElse(years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0));
        return new QualityView(y, years, quality.completeness(y, scopes.enterprises()), quality.coverage(y, scopes.enterprises()),
                quality.matches(y));
    }

    /** A year's data quality, for the page. */
    public record QualityView(int year, List<Integer> years, List<DataQualityRepository.Completeness> completeness,
                              List<DataQualityRepository.SourceCoverage> coverage, List<DataQualityRepository.ProfileMatch> matches) {
    }

    /** Every imported figure of an enterprise (superseded ones included), within the user's scope. */
    public List<FactHistoryRepository.HistoricFact> history(String creditCode, Integer year) {
        return history.history(creditCode.strip().toUpperCase(java.util.Locale.ROOT), year, scopes.enterprises());
    }

    public List<String> profileKeys() {
        return importer.profileKeys();
    }

    private ImportBatch batch(long id) {
        return batches.find(id).orElseThrow(() -> new NoSuchBatchException(id));
    }

    /** No batch with that id: 404. */
    public static final class NoSuchBatchException extends RuntimeException {
        NoSuchBatchException(long id) {
            super("no import batch " + id);
        }
    }

    private static Rejection rejection(String file, RejectedRow r) {
        return new Rejection(file, r.sheet(), r.row(), r.header(), r.cells(), r.reasons().stream()
                .map(x -> new Issue(Severity.ERROR, file, r.sheet(), r.row(), x.field(), Message.of(x.zh(), x.en()))).toList());
    }

    static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "unknown" : auth.getName();
    }

    static String safeName(String original, int n) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload-" + n : name;
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
