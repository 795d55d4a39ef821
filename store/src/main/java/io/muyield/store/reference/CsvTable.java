package io.muyield.store.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small RFC 4180 reader for the UTF-8 reference files: comma separated, double-quoted cells may hold commas,
 * quotes ("") and line breaks; a leading BOM is dropped. Department files are ingest's business, not this class's.
 */
final class CsvTable {

    private final String file;
    private final Map<String, Integer> header;
    private final List<CsvRow> rows;

    private CsvTable(String file, Map<String, Integer> header, List<CsvRow> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code refdata/<name>} from the classpath. */
    static CsvTable resource(String name) {
        String path = "refdata/" + name;
        try (InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ReferenceDataException("reference file missing from the classpath: " + path);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static CsvTable parse(String file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            read(in, records, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new ReferenceDataException(file + ": empty file, no header");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip(), i);
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() > names.size()) {
                throw new ReferenceDataException(file + " line " + lines.get(r) + ": " + cells.size()
                        + " cells but the header has " + names.size());
            }
            rows.add(new CsvRow(file, lines.get(r), header, cells));
        }
        return new CsvTable(file, header, rows);
    }

    private static void read(Reader in, List<List<String>> records, List<Integer> lines) throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ReferenceDataException("line " + recordLine + ": a quoted cell is never closed");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }

    String file() {
        return file;
    }

    boolean hasColumn(String name) {
        return header.containsKey(name);
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** Maps every row, turning a row's invalid value into an error that names the file and line. */
    <T> List<T> map(Function<CsvRow, T> parser) {
        List<T> out = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            try {
                out.add(parser.apply(row));
            } catch (ReferenceDataException e) {
                throw e;
            } catch (RuntimeException e) {
                throw row.problem(e);
            }
        }
        return out;
    }
}
