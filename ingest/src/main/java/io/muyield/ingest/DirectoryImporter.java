package io.muyield.ingest;

import io.muyield.ingest.fusion.FactFusion;
import io.muyield.ingest.fusion.FusionResult;
import io.muyield.ingest.record.SourceRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The directory form of the import: every tabular file of one delivery round (one year), each recognised by its header
 * among all known profiles, imported with the batch id the caller assigns to it; then, if all files are sound, fused.
 * Hidden files and folders starting with "_" or "." (e.g. a generator's _truth/) are skipped, and so are files whose
 * name carries another year (tax_2022.csv when importing 2023). Files are read in name order, the park roster first so
 * that registration rows can be checked against it.
 */
public final class DirectoryImporter {

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xlsm", "xls");

    private final FileImporter importer;

    public DirectoryImporter(FileImporter importer) {
        this.importer = importer;
    }

    /** The files imported (with their records), the fusion of all their records, and the files left out for another year. */
    public record DirectoryImport(List<ParsedFile> files, FusionResult fusion, List<Path> otherYears) {
        public DirectoryImport {
            files = List.copyOf(files);
            otherYears = List.copyOf(otherYears);
        }

        public boolean ok() {
            return files.stream().allMatch(f -> f.result().ok());
        }

        public List<SourceRecord> records() {
            return files.stream().flatMap(f -> f.records().stream()).toList();
        }
    }

    /** The tabular files of a directory, in import order (parks.csv first, then by name). */
    public static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .sorted((a, b) -> {
                        boolean pa = a.getFileName().toString().startsWith("parks");
                        boolean pb = b.getFileName().toString().startsWith("parks");
                        return pa != pb ? (pa ? -1 : 1) : a.getFileName().toString().compareTo(b.getFileName().toString());
                    })
                    .toList();
        }
    }

    public DirectoryImport importDirectory(Path directory, int year, ToLongFunction<Path> batchIds) throws IOException {
        List<ParsedFile> parsed = new ArrayList<>();
        List<Path> otherYears = new ArrayList<>();
        FileImporter current = importer;
        for (Path file : files(directory)) {
            java.util.OptionalInt named = yearInName(file);
            if (named.isPresent() && named.getAsInt() != year) {
                otherYears.add(file);
                continue;
            }
            ParsedFile p = current.importFile(file, ImportOptions.of(batchIds.applyAsLong(file), year));
            parsed.add(p);
            if (p.result().profiles().contains("parks") && p.result().ok()) {
                current = current.withParks(p.records());
            }
        }
        List<SourceRecord> all = parsed.stream().flatMap(f -> f.records().stream()).toList();
        return new DirectoryImport(parsed, new FactFusion().fuse(year, all), otherYears);
    }

    /** The year a file's name carries ("tax_2023.csv", "2023年纳税.xlsx"), if exactly one plausible one. */
    static java.util.OptionalInt yearInName(Path p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)").matcher(p.getFileName().toString());
        java.util.OptionalInt found = java.util.OptionalInt.empty();
        while (m.find()) {
            if (found.isPresent()) {
                return java.util.OptionalInt.empty();
            }
            found = java.util.OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
