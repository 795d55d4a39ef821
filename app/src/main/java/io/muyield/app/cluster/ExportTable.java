package io.muyield.app.cluster;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as a page shows it, downloadable as CSV (UTF-8 with BOM, so Excel opens Chinese text) or XLSX (POI,
 * streamed, numbers as numbers). Built from the same figures as the JSON, with the same filters.
 */
public final class ExportTable {

    private final String name;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    public ExportTable(String name, List<String> headers) {
        this.name = name;
        this.headers = List.copyOf(headers);
    }

    /** Adds a row: text, numbers (BigDecimal, Long, Integer, Double) or null for an empty cell. */
    public ExportTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + headers.size() + " headers");
        }
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    /** The download in the format asked, recorded in the audit trail as an {@code EXPORT} (what, filters, row count). */
    public ResponseEntity<byte[]> download(String format, io.muyield.app.shared.AuditLog audit, String filters) {
        ResponseEntity<byte[]> response = download(format);
        audit.record("EXPORT", name + "." + format.toLowerCase(Locale.ROOT), filters + " rows=" + rows.size());
        return response;
    }

    /** The download in the format asked: csv or xlsx. */
    public ResponseEntity<byte[]> download(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> response(csv(), "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
            case "xlsx" -> response(xlsx(), "xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            default -> throw new IllegalArgumentException("format must be csv or xlsx, not " + format);
        };
    }

    byte[] csv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, new ArrayList<>(headers));
        for (List<Object> r : rows) {
            line(b, r);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quoted(text(cells.get(i))));
        }
        b.append("\r\n");
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    private static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    byte[] xlsx() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (List<Object> r : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < r.size(); i++) {
                    Object v = r.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number num) {
                        cell.setCellValue(num.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<byte[]> response(byte[] body, String extension, MediaType type) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(name + "." + extension, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).contentType(type).body(body);
    }
}
