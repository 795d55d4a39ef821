package io.muyield.app.imports;

import io.muyield.core.enterprise.CreditCodeSet;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.core.region.Park;
import io.muyield.ingest.FileDigest;
import io.muyield.ingest.FileImportResult;
import io.muyield.ingest.FileImporter;
import io.muyield.ingest.ImportOptions;
import io.muyield.ingest.fusion.SourcePriority;
import io.muyield.ingest.profile.RecordKind;
import io.muyield.ingest.profile.SourceProfile;
import io.muyield.ingest.profile.SourceProfiles;
import io.muyield.ingest.validate.ReferenceData;
import io.muyield.ingest.validate.Rejection;
import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.batch.ImportBatch;
import io.muyield.store.batch.ImportBatchRepository;
import io.muyield.store.batch.RejectedRow;
import io.muyield.store.industry.IndustryRepository;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.write.FieldPriority;
import io.muyield.store.write.FileBatchWriter;
import io.muyield.store.write.StandingWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports department files into the database: the one path the command line ({@code muyield import}), the web upload
 * and the demo city share. Each file becomes one import batch (docs/IMPORT.md "Into the database"): read and checked
 * row by row by the ingest module, its yearly records streamed into the store, then written, superseding the ACTIVE
 * batch of the same profile and year. A file whose bytes are already the ACTIVE batch of that year is left alone.
 * The whole run is one transaction: if any file is refused (unreadable, no header, no acceptable row, or refused by
 * the store) nothing of the run is kept, and a kill -9 midway leaves the database as it was.
 */
public final class DepartmentImport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DepartmentImport.class);

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xlsm", "xls");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    /** How often (in accepted rows) an {@link ImportProgress} hears of the rows accepted so far. */
    static final int LIVE_EVERY = 1_000;
    /** The event a row's 环境违法次数 (violations) of the environment file is stored as: the schemes' veto key. */
    static final String ENVIRONMENTAL_VIOLATION = "environmental_violation";

    private final Database database;
    private final FileBatchWriter writer;
    private final ImportBatchRepository batches;
    private final StandingWriter standings;
    private final SourceProfiles profiles = SourceProfiles.standard();

    public DepartmentImport(Database database) {
        this(database, SourcePriority.standard());
    }

    public DepartmentImport(Database database, SourcePriority priority) {
        this(database, priority, step -> { });
    }

    /** With a listener told after each step of each file's write: a test seam (see KillMidImportTest). */
    DepartmentImport(Database database, SourcePriority priority, Consumer<String> afterStep) {
        this.database = database;
        this.writer = new FileBatchWriter(database, fieldPriority(priority), java.time.Clock.systemDefaultZone(), afterStep);
        this.batches = new ImportBatchRepository(database);
        this.standings = new StandingWriter(database);
    }

    /** The ingest module's source priority, as the store ranks ACTIVE batches by it. */
    static FieldPriority fieldPriority(SourcePriority priority) {
        Map<FactField, List<Source>> m = new EnumMap<>(FactField.class);
        for (FactField f : FactField.values()) {
            if (!priority.order(f).isEmpty()) {
                m.put(f, priority.order(f));
            }
        }
        return FieldPriority.of(m);
    }

    /** The profile keys a file can be imported as (--source). */
    public List<String> profileKeys() {
        return profiles.all().stream().map(SourceProfile::key).toList();
    }

    /** What one run is: the files (in the order given; see {@link #inImportOrder}), year, optional profile, who. */
    public record Request(List<Path> files, int year, Optional<String> profile, String user) {
        public Request {
            files = List.copyOf(files);
        }
    }

    /**
     * The tabular files of a delivery directory for one year, in import order: hidden files, "_" folders and files
     * whose name carries another year are left out.
     */
    public static List<Path> filesOf(Path directory, int year) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return inImportOrder(s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .filter(p -> yearInName(p).orElse(year) == year)
                    .toList());
        }
    }

    /** Park roster first, then registration (other files name its enterprises), then the rest by name. */
    public static List<Path> inImportOrder(List<Path> files) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> {
            int ra = rank(a);
            int rb = rank(b);
            return ra != rb ? Integer.compare(ra, rb) : a.getFileName().toString().compareTo(b.getFileName().toString());
        });
        return sorted;
    }

    private static int rank(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.startsWith("parks") || n.contains("园区") ? 0 : n.startsWith("registration") || n.contains("登记") ? 1 : 2;
    }

    /** The year a file name carries ("tax_2023.csv"), if exactly one. */
    static OptionalInt yearInName(Path p) {
        Matcher m = YEAR_IN_NAME.matcher(p.getFileName().toString());
        OptionalInt found = OptionalInt.empty();
        while (m.find()) {
            if (found.isPresent()) {
                return OptionalInt.empty();
            }
            found = OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** Imports the files as one transaction (one run at a time); progress lines go to the listener as files and rows go by. */
    public ImportReport run(Request request, Consumer<String> progress) {
        return run(request, progress, ImportProgress.NONE);
    }

    /** As {@link #run(Request, Consumer)}, telling {@code live} of each file and of the rows accepted as they go. */
    public synchronized ImportReport run(Request request, Consumer<String> progress, ImportProgress live) {
        synchronized (database) {   // the import writers' lock, held until the cluster cube has caught up (no rebuild races it)
            return runLocked(request, progress, live);
        }
    }

    private ImportReport runLocked(Request request, Consumer<String> progress, ImportProgress live) {
        request.profile().ifPresent(k -> {
            if (profiles.find(k).isEmpty()) {
                throw new IllegalArgumentException("unknown source '" + k + "': use one of " + String.join(", ", profileKeys()));
            }
        });
        long started = System.nanoTime();
        registeredCodes = null;
        List<FileReport> reports = new ArrayList<>();
        try {
            database.inTransaction(() -> {
                boolean refused = false;
                int n = 0;
                for (Path file : request.files()) {
                    n++;
                    progress.accept(String.format("[%d/%d] %s …", n, request.files().size(), file.getFileName()));
                    long fileStarted = System.nanoTime();
                    live.fileStarted(n, request.files().size(), file, size(file));
                    FileReport r = refused ? validateOnly(file, request) : importOne(file, request, progress, live);
                    reports.add(r);
                    live.fileFinished(r);
                    progress.accept(String.format("[%d/%d] %s: %s, %.1f s", n, request.files().size(), file.getFileName(), r.message(),
                            (System.nanoTime() - fileStarted) / 1e9));
                    refused |= r.outcome() == FileReport.Outcome.REFUSED;
                }
                if (refused) {
                    throw new Refused();
                }
                return null;
            });
        } catch (Refused e) {
            List<FileReport> rolledBack = reports.stream().map(FileReport::notCommitted).toList();
            return new ImportReport(request.year(), rolledBack, false, Duration.ofNanos(System.nanoTime() - started));
        }
        Duration committed = Duration.ofNanos(System.nanoTime() - started);
        refreshClusterCube(reports, progress);
        return new ImportReport(request.year(), reports, true, committed);
    }

    /**
     * Brings the cluster cube (a table derived from enterprise_year for the cluster and region pages) up to date for the
     * batches just committed, in its own transaction: kept out of the import's transaction, which it would lengthen by
     * about a second per 1M-row year (docs/BENCHMARKS.md, "Import (into the database)"). Until it has run, and if it
     * fails, the cube is not current and its readers read enterprise_year instead (ClusterCube#current), so no stale
     * figure is ever shown.
     */
    private void refreshClusterCube(List<FileReport> reports, Consumer<String> progress) {
        List<ClusterCube.Written> written = reports.stream().filter(r -> r.outcome() == FileReport.Outcome.IMPORTED && r.batchId().isPresent())
                .map(r -> new ClusterCube.Written(r.batchId().get(), r.superseded())).toList();
        if (written.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            database.inTransaction(() -> ClusterCube.refreshAfter(database, written));
            progress.accept(String.format("集群与区域汇总已更新 (cluster and region figures brought up to date), %.1f s",
                    (System.nanoTime() - started) / 1e9));
        } catch (RuntimeException e) {
            LOG.warn("the cluster cube was not refreshed after batches {}; its readers use enterprise_year until it is rebuilt", written, e);
            progress.accept("集群与区域汇总未能更新，页面将直接从企业数据计算 (cluster figures not refreshed: the pages compute from the "
                    + "enterprise data until the background rebuild): " + e.getMessage());
        }
    }

    /** Thrown to roll the run back when a file was refused. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super("a file was refused", null, false, false);
        }
    }

    private ReferenceData base;
    private CreditCodeSet registeredCodes;

    /** The checks for the next file: catalogue and regions read once, parks and registered enterprises as they stand. */
    private ReferenceData reference() {
        if (base == null) {
            base = ReferenceData.of(new IndustryRepository(database).catalog(), new RegionRepository(database).all(), Optional.empty());
        }
        if (registeredCodes == null) {
            CreditCodeSet codes = new CreditCodeSet(Math.toIntExact(Objects.requireNonNull(
                    database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise", Long.class))));
            database.jdbc().query("SELECT credit_code FROM enterprise", rs -> {
                codes.add(rs.getString(1));
            });
            registeredCodes = codes;
        }
        CreditCodeSet registered = registeredCodes;
        Set<String> parks = new HashSet<>(new ParkRepository(database).all().stream().map(Park::code).toList());
        return base.withParks(parks).withRegistered(registered::contains);
    }

    private ImportOptions options(long batchId, Request request) {
        ImportOptions o = ImportOptions.of(batchId, request.year());
        return request.profile().map(o::profile).orElse(o);
    }

    /** After a refusal: the file is still read and checked, so that the report tells everything at once. */
    private FileReport validateOnly(Path file, Request request) {
        FileImportResult r = new FileImporter(reference(), profiles, io.muyield.ingest.table.TabularReaders.standard())
                .importFile(file, options(0, request), record -> { });
        Optional<String> refusal = refusal(r).or(() -> truncation(file, r));
        FileReport checked = fromResult(file, r, refusal.isEmpty() ? FileReport.Outcome.IMPORTED : FileReport.Outcome.REFUSED,
                Optional.empty(), List.of(), refusal.orElse(""));
        return checked.notCommitted();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private FileReport importOne(Path file, Request request, Consumer<String> progress, ImportProgress live) {
        String name = file.getFileName().toString();
        String sha;
        try {
            sha = FileDigest.sha256(file);
        } catch (IOException e) {
            return new FileReport(name, Optional.empty(), Optional.empty(), FileReport.Outcome.REFUSED, 0, 0, 0, Optional.empty(),
                    List.of(), "无法读取文件 (cannot read the file): " + e.getMessage(), List.of(), List.of(), 0);
        }
        Optional<ImportBatch> same = batches.activeWithFile(request.year(), sha);
        if (same.isPresent()) {
            ImportBatch b = same.get();
            return new FileReport(name, b.profile(), Optional.of(b.source()), FileReport.Outcome.UNCHANGED, b.rowsRead(), b.rowsAccepted(),
                    b.rowsRejected(), Optional.of(b.id()), List.of(), "与批次 " + b.id() + " 相同，未重复导入 (same file as batch " + b.id()
                    + ", already imported; nothing to do)", List.of(), List.of(), 0);
        }
        FileImporter importer = new FileImporter(reference(), profiles, io.muyield.ingest.table.TabularReaders.standard());
        long batchId = writer.reserveId();
        try (FileBatchWriter.Open open = writer.open(batchId)) {
            FileRecords collector = new FileRecords(open, request.year(), batchId, name, progress, live);
            FileImportResult r = importer.importFile(file, options(batchId, request), collector);
            Optional<String> refusal = refusal(r).or(() -> truncation(file, r));
            if (refusal.isPresent()) {
                return fromResult(file, r, FileReport.Outcome.REFUSED, Optional.empty(), List.of(), refusal.get());
            }
            SourceProfile profile = profiles.get(r.profile().orElseThrow());
            collector.stageTotals();
            String source = profile.source().map(Source::key).orElse(profile.key());
            FileBatchWriter.FileBatch batch = new FileBatchWriter.FileBatch(batchId, source, profile.key(), request.year(), name, r.sha256(),
                    request.user(), r.dataRows(), r.accepted(), r.rejections().size(), profile.source().orElse(null) == Source.STATISTICS);
            FileBatchWriter.StoredFile stored;
            try {
                stored = open.finish(batch, collector.enterprises.values(), collector.leases, r.rejections().stream().map(DepartmentImport::row).toList(),
                        collector.events());
                standings.write(batchId, request.year(), name, collector.tags, collector.eventDetails);
            } catch (IllegalArgumentException e) {
                return fromResult(file, r, FileReport.Outcome.REFUSED, Optional.empty(), List.of(), "数据库拒绝了该文件 (refused by the database): "
                        + e.getMessage());
            }
            if (!collector.enterprises.isEmpty()) {
                collector.enterprises.keySet().forEach(c -> registeredCodes.add(c.value()));
            }
            if (!collector.parks.isEmpty()) {
                io.muyield.store.reference.ReferenceData.loadParks(database, collector.parks);
            }
            String msg = String.format("已导入为批次 %d：读取 %,d 行，接受 %,d 行，拒绝 %,d 行%s (imported as batch %d)", stored.batchId(),
                    r.dataRows(), r.accepted(), r.rejections().size(),
                    stored.superseded().isEmpty() ? "" : "，取代批次 " + stored.superseded(), stored.batchId());
            return fromResult(file, r, FileReport.Outcome.IMPORTED, Optional.of(stored.batchId()), stored.superseded(), msg);
        }
    }

    private static Optional<String> refusal(FileImportResult r) {
        if (!r.ok()) {
            return Optional.of(r.problems().get(0).describeZh() + " (" + r.problems().get(0).describeEn() + ")");
        }
        if (r.accepted() == 0 && !emptyOfficialList(r)) {
            return Optional.of("文件 " + r.file() + " 没有一行可以接受，已拒绝整个文件 (no row of " + r.file()
                    + " could be accepted; the file is refused)" + (r.rejections().isEmpty() ? ""
                    : "：" + r.rejections().get(0).issues().get(0).describeZh()));
        }
        return Optional.empty();
    }

    /**
     * An official list (tags or events) with its header and no row at all: the department's statement that nobody is on
     * it this year, imported as an empty batch that supersedes the year's earlier list. A department file without rows,
     * or a list whose every row was refused, is still refused.
     */
    private static boolean emptyOfficialList(FileImportResult r) {
        if (r.dataRows() != 0 || !r.rejections().isEmpty()) {
            return false;
        }
        RecordKind kind = r.profile().flatMap(k -> SourceProfiles.standard().find(k)).map(SourceProfile::recordKind).orElse(null);
        return kind == RecordKind.TAG || kind == RecordKind.EVENT;
    }

    /** A delimited text file cut inside its last record (no final line break, fewer fields): refused, never a partial batch. */
    private static Optional<String> truncation(Path file, FileImportResult r) {
        if (r.format() != io.muyield.ingest.table.TabularFormat.CSV || r.charset().isEmpty() || r.delimiter().isEmpty()) {
            return Optional.empty();
        }
        try {
            return io.muyield.ingest.table.TextTail.truncation(file, java.nio.charset.Charset.forName(r.charset().get()), r.delimiter().get())
                    .map(m -> "文件 " + r.file() + " " + m.zh() + " (" + r.file() + ": " + m.en() + ")");
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("无法读取文件 (cannot read the file " + r.file() + "): " + e.getMessage());
        }
    }

    private static FileReport fromResult(Path file, FileImportResult r, FileReport.Outcome outcome, Optional<Long> batchId,
                                         List<Long> superseded, String message) {
        return new FileReport(file.getFileName().toString(), r.profile(), r.profile().flatMap(k -> SourceProfiles.standard().find(k))
                .map(p -> p.source().map(Source::key).orElse(p.key())), outcome, r.dataRows(), r.accepted(), r.rejections().size(),
                batchId, superseded, message, r.rejections(), r.problems(), r.warningCount());
    }

    static RejectedRow row(Rejection r) {
        return new RejectedRow(r.sheet(), r.row(), r.header(), r.cells(),
                r.issues().stream().map(i -> new RejectedRow.Reason(i.field(), i.message().zh(), i.message().en())).toList());
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
