package io.muyield.app.evaluation;

import io.muyield.store.evaluation.ResultLine;
import io.muyield.store.evaluation.ResultRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A run's results as files, streamed row by row so memory stays flat: CSV (UTF-8 with a byte-order mark, so Excel
 * opens the Chinese text) and XLSX (POI's streaming workbook keeps {@value #WINDOW} rows in memory). Two lists: the
 * full results, and the publication list (公示名单: credit code, name, district, class, score) of classed enterprises.
 */
final class ResultExports {

    static final int WINDOW = 200;

    enum Kind {
        FULL, PUBLICATION
    }

    /** One column: its header and how a line fills it (String, Integer or Double; null = empty). */
    record ExportColumn(String header, Function<ResultLine, Object> value) {

        static ExportColumn of(String header, Function<ResultRow, Object> value) {
            return new ExportColumn(header, line -> value.apply(line.row()));
        }
    }

    /** An indicator of the full list: its id and its header names (value, score). */
    record IndicatorHeader(String id, String valueHeader, String scoreHeader) {
    }

    private ResultExports() {
    }

    /** The columns of a list, headed in the language of the given header names (districtName resolves codes to names). */
    static List<ExportColumn> columns(Kind kind, Function<String, String> header, Function<String, String> districtName,
                                      List<IndicatorHeader> indicators) {
        if (kind == Kind.PUBLICATION) {
            return List.of(ExportColumn.of(header.apply("creditCode"), ResultRow::creditCode),
                    ExportColumn.of(header.apply("name"), ResultRow::name),
                    ExportColumn.of(header.apply("district"), r -> districtName.apply(r.districtCode())),
                    ExportColumn.of(header.apply("class"), ResultRow::classLabel),
                    ExportColumn.of(header.apply("total"), r -> score(r.total())));
        }
        List<ExportColumn> full = new java.util.ArrayList<>(List.of(ExportColumn.of(header.apply("creditCode"), ResultRow::creditCode),
                ExportColumn.of(header.apply("name"), ResultRow::name),
                ExportColumn.of(header.apply("districtCode"), ResultRow::districtCode),
                ExportColumn.of(header.apply("district"), r -> districtName.apply(r.districtCode())),
                ExportColumn.of(header.apply("park"), ResultRow::parkCode),
                ExportColumn.of(header.apply("industry"), ResultRow::industryCode),
                ExportColumn.of(header.apply("category"), ResultRow::categoryName),
                ExportColumn.of(header.apply("status"), r -> r.status().zh()),
                ExportColumn.of(header.apply("aggregate"), r -> score(r.aggregate())),
                ExportColumn.of(header.apply("bonus"), r -> score(r.bonus())),
                ExportColumn.of(header.apply("deduction"), r -> score(r.deduction())),
                ExportColumn.of(header.apply("total"), r -> score(r.total())),
                ExportColumn.of(header.apply("class"), ResultRow::classLabel),
                ExportColumn.of(header.apply("rankCity"), r -> rank(r.rankCity())),
                ExportColumn.of(header.apply("rankDistrict"), r -> rank(r.rankDistrict())),
                ExportColumn.of(header.apply("rankIndustry"), r -> rank(r.rankIndustry()))));
        for (int k = 0; k < indicators.size(); k++) {
            int at = k;
            full.add(new ExportColumn(indicators.get(k).valueHeader(), line -> value(line.values()[at])));
            full.add(new ExportColumn(indicators.get(k).scoreHeader(), line -> score(line.weighted()[at])));
        }
        return full;
    }

    /** An indicator value as computed (full precision; the explanation shows 4 decimals). */
    private static Double value(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    /** Scores with 4 decimals (half-up), as on the screen and in the explanation. */
    static Double score(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Integer rank(int r) {
        return r == 0 ? null : r;
    }

    /** Writes the CSV; {@code rows} feeds every row to the consumer it is given. */
    static void csv(OutputStream out, List<ExportColumn> columns, Consumer<Consumer<ResultLine>> rows) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        line(w, columns.stream().map(c -> (Object) c.header()).toList());
        try {
            rows.accept(r -> {
                try {
                    line(w, columns.stream().map(c -> c.value().apply(r)).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void line(Writer w, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            String s = v instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            w.write(s);
        }
        w.write("\r\n");
    }

    /** Writes the XLSX through a streaming workbook (temporary files are removed afterwards). */
    static void xlsx(OutputStream out, String sheetName, List<ExportColumn> columns, Consumer<Consumer<ResultLine>> rows) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c).header());
            }
            int[] next = {1};
            rows.accept(r -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = columns.get(c).value().apply(r);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            });
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
