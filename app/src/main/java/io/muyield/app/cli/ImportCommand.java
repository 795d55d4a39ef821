package io.muyield.app.cli;

import io.muyield.app.imports.DepartmentImport;
import io.muyield.app.imports.FileReport;
import io.muyield.app.imports.ImportReport;
import io.muyield.app.shared.UserFacingException;
import io.muyield.ingest.export.RejectionWorkbook;
import io.muyield.store.Database;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.Migrations;
import io.muyield.store.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code muyield import}: department files into the database, one batch per file, all files of a run committed
 * together or not at all. A directory stands for its files of the year (profile recognised from each header).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import department files (CSV/XLSX/XLS; a directory = its files of the year) into the database, one batch per file.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "the year the files report")
    int year;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "read every file as this source profile: tax, statistics, land_parcels, land_leases, power, environment, "
                    + "registration, parks (default: recognised from each file's header)")
    String source;

    @Option(names = "--rejections", paramLabel = "DIR", description = "write each file's rejected rows as <file>_rejected.xlsx into DIR")
    Path rejections;

    @Option(names = "--user", paramLabel = "NAME", description = "who imports, as recorded with each batch (default: the OS user)")
    String user;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "department files, or directories of them")
    List<Path> paths;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        if (year < 1949 || year > 2100) {
            throw new UserFacingException("--year must be a year such as 2023, was " + year);
        }
        List<Path> files = files();
        PrintWriter out = spec.commandLine().getOut();
        String who = user != null ? user : System.getProperty("user.name", "muyield");
        ImportReport report;
        try (Database db = Database.open(database.jdbcUrl(), System.getenv("MUYIELD_DB_USER"), System.getenv("MUYIELD_DB_PASSWORD"))) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            DepartmentImport importer = new DepartmentImport(db);
            try {
                report = importer.run(new DepartmentImport.Request(files, year, Optional.ofNullable(source), who), line -> {
                    out.println(line);
                    out.flush();
                });
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            AuditRepository audit = new AuditRepository(db);
            for (FileReport f : report.files()) {
                audit.append("cli:" + who, "IMPORT", f.auditTarget(), f.auditDetails(year, report.committed()));
            }
        }
        printSummary(out, report);
        writeRejections(out, report);
        out.flush();
        return report.committed() ? 0 : 1;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    List<Path> inside = DepartmentImport.filesOf(p, year);
                    if (inside.isEmpty()) {
                        throw new UserFacingException("no department files of " + year + " in " + p);
                    }
                    files.addAll(inside);
                } catch (IOException e) {
                    throw new UserFacingException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserFacingException("no such file or directory: " + p);
            }
        }
        return DepartmentImport.inImportOrder(files);
    }

    static void printSummary(PrintWriter out, ImportReport report) {
        out.println();
        out.printf("%-32s %-13s %10s %10s %10s %-10s %-13s %s%n", "file", "source", "read", "accepted", "rejected", "superseded",
                "outcome", "batch");
        for (FileReport f : report.files()) {
            out.printf("%-32s %-13s %,10d %,10d %,10d %-10s %-13s %s%n", f.file(), f.profile().orElse("?"), f.read(), f.accepted(),
                    f.rejected(), f.superseded().isEmpty() ? "-" : f.superseded().toString().replaceAll("[\\[\\] ]", ""),
                    f.outcome().name().toLowerCase(java.util.Locale.ROOT), f.batchId().map(String::valueOf).orElse("-"));
        }
        for (FileReport f : report.files()) {
            if (f.outcome() == FileReport.Outcome.REFUSED) {
                out.println("refused: " + f.message());
            }
        }
        out.printf("%s in %.1f s%n", report.committed() ? "Committed" : "Nothing was committed (a file was refused)",
                report.elapsed().toMillis() / 1000.0);
    }

    private void writeRejections(PrintWriter out, ImportReport report) {
        boolean any = report.files().stream().anyMatch(f -> !f.rejections().isEmpty());
        if (!any) {
            return;
        }
        if (rejections == null) {
            out.println("Rejected rows: write them as Excel with --rejections DIR");
            return;
        }
        try {
            Files.createDirectories(rejections);
            for (FileReport f : report.files()) {
                if (f.rejections().isEmpty()) {
                    continue;
                }
                String stem = f.file().contains(".") ? f.file().substring(0, f.file().lastIndexOf('.')) : f.file();
                Path target = rejections.resolve(stem + "_rejected.xlsx");
                try (OutputStream o = Files.newOutputStream(target)) {
                    RejectionWorkbook.write(f.rejections(), o);
                }
                out.printf("Rejected rows of %s: %s%n", f.file(), target);
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot write the rejected rows to " + rejections + ": " + e.getMessage(), e);
        }
    }
}
