package io.muyield.ingest;

import io.muyield.ingest.profile.HeaderDetector;
import io.muyield.ingest.profile.HeaderLayout;
import io.muyield.ingest.profile.SourceProfile;
import io.muyield.ingest.profile.SourceProfiles;
import io.muyield.ingest.record.SourceRecord;
import io.muyield.ingest.table.ReadSummary;
import io.muyield.ingest.table.TabularFormat;
import io.muyield.ingest.table.TabularReader;
import io.muyield.ingest.table.TabularReaders;
import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Message;
import io.muyield.ingest.validate.ReferenceData;
import io.muyield.ingest.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports one department file: reads it (format sniffed, encoding and delimiter detected), finds its header and
 * profile, checks every row and streams accepted records to a sink, and returns the rejections, warnings, file-level
 * problems and SHA-256. Memory stays constant in the number of rows except for the duplicate keys and the rejections.
 *
 * <pre>
 * FileImporter importer = new FileImporter(reference);
 * FileImportResult r = importer.importFile(path, ImportOptions.of(batchId, 2023), store::insert);
 * if (!r.ok()) rollback(); else commit();
 * </pre>
 */
public final class FileImporter {

    private final ReferenceData reference;
    private final SourceProfiles profiles;
    private final TabularReaders readers;

    public FileImporter(ReferenceData reference) {
        this(reference, SourceProfiles.standard(), TabularReaders.standard());
    }

    public FileImporter(ReferenceData reference, SourceProfiles profiles, TabularReaders readers) {
        this.reference = Objects.requireNonNull(reference);
        this.profiles = Objects.requireNonNull(profiles);
        this.readers = Objects.requireNonNull(readers);
    }

    /** The same importer, checking park codes against the roster records given (e.g. the parks.csv just read). */
    public FileImporter withParks(java.util.Collection<? extends SourceRecord> parkRecords) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (SourceRecord r : parkRecords) {
            if (r instanceof io.muyield.ingest.record.ParkRecord p) {
                codes.add(p.park().code());
            }
        }
        return new FileImporter(reference.withParks(codes), profiles, readers);
    }

    public SourceProfiles profiles() {
        return profiles;
    }

    /** Imports a file, collecting its accepted records in memory. */
    public ParsedFile importFile(Path file, ImportOptions options) {
        List<SourceRecord> records = new ArrayList<>();
        FileImportResult result = importFile(file, options, records::add);
        return new ParsedFile(result, records);
    }

    /** Imports a file, streaming each accepted record to {@code sink} as soon as it is checked. */
    public FileImportResult importFile(Path file, ImportOptions options, Consumer<? super SourceRecord> sink) {
        String name = file.getFileName().toString();
        List<SourceProfile> candidates = options.profile().map(k -> List.of(profiles.get(k))).orElse(profiles.all());
        String stem = stem(name);
        SheetProcessor processor = new SheetProcessor(name, stem, new HeaderDetector(candidates), options, reference, sink);
        TabularFormat format = TabularFormat.ofFileName(name);
        ReadSummary summary = null;
        String sha = "";
        try {
            if (Files.size(file) == 0) {
                processor.problem(0, "", Message.of("文件为空", "the file is empty"));
                return result(name, FileDigest.sha256(file), format, null, processor);
            }
            format = TabularFormat.sniff(file);
            TabularReader reader = readers.reader(format);
            summary = reader.read(file, options.read(), processor);
            sha = summary.sha256().isPresent() ? summary.sha256().get() : FileDigest.sha256(file);
            if (summary.truncated()) {
                processor.problem(0, "", Message.of("文件不完整：最后一个带引号的单元格没有结束，文件可能被截断",
                        "the file ends inside a quoted cell; it was probably truncated"));
            }
        } catch (NoSuchFileException e) {
            processor.problem(0, "", Message.of("文件不存在", "no such file"));
            return result(name, "", format, null, processor);
        } catch (IOException | RuntimeException e) {
            processor.problem(0, "", Message.of("无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage()));
            try {
                sha = FileDigest.sha256(file);
            } catch (IOException ignored) {
                // keep the blank digest
            }
            return result(name, sha, format, summary, processor);
        }
        if (processor.headers.isEmpty()) {
            processor.problem(0, "", noHeader(processor.closestMiss, candidates));
        } else {
            for (String s : processor.sheetsWithoutHeader) {
                processor.warnings.add(new Issue(Severity.WARNING, name, s, 0, "",
                        Message.of("工作表“" + s + "”中未找到表头，已跳过", "no header found on sheet \"" + s + "\"; skipped")));
            }
        }
        return result(name, sha, format, summary, processor);
    }

    private static Message noHeader(HeaderLayout closest, List<SourceProfile> candidates) {
        if (closest == null) {
            return Message.of("未找到可识别的表头（文件为空或只有标题）", "no recognisable header (the file is empty or holds only a title)");
        }
        String missing = String.join("、", closest.missing());
        return Message.of("未找到完整的表头：第" + closest.firstRow() + "行最接近“" + closest.profile().titleZh() + "”，但缺少必需列：" + missing,
                "no complete header: row " + closest.firstRow() + " comes closest to " + closest.profile().key()
                        + " but lacks the required columns " + missing);
    }

    private static FileImportResult result(String name, String sha, TabularFormat format, ReadSummary s, SheetProcessor p) {
        return new FileImportResult(name, sha, format,
                s == null ? Optional.empty() : s.charset(), s == null ? Optional.empty() : s.delimiter(),
                p.profiles, p.headers, p.dataRows, p.accepted, p.rejections, p.warnings, p.warningCount, p.problems);
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
