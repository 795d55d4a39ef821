package io.muyield.ingest.export;

import io.muyield.ingest.validate.Rejection;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected rows as an XLSX a clerk can correct and send back: one sheet per source file (and sheet), with the
 * columns 行号 (row), 错误原因 (reason, Chinese), Reason (English), then the row's original cells under the file's own
 * header. Written streaming (SXSSF), 100 rows in memory.
 */
public final class RejectionWorkbook {

    private static final int FIXED = 3;

    private RejectionWorkbook() {
    }

    public static void write(List<Rejection> rejections, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            Map<String, Integer> next = new LinkedHashMap<>();
            for (Rejection r : rejections) {
                String key = r.file() + (r.sheet().isEmpty() ? "" : " " + r.sheet());
                Sheet sheet = sheets.computeIfAbsent(key, k -> {
                    Sheet s = wb.createSheet(safeName(k, sheets.size()));
                    Row h = s.createRow(0);
                    cell(h, 0, "行号 Row", bold);
                    cell(h, 1, "错误原因", bold);
                    cell(h, 2, "Reason", bold);
                    for (int i = 0; i < r.header().size(); i++) {
                        cell(h, FIXED + i, r.header().get(i), bold);
                    }
                    s.createFreezePane(FIXED, 1);
                    return s;
                });
                int rowIndex = next.merge(key, 1, Integer::sum);
                Row row = sheet.createRow(rowIndex);
                row.createCell(0).setCellValue(r.row());
                row.createCell(1).setCellValue(r.reasonsZh());
                row.createCell(2).setCellValue(r.reasonsEn());
                for (int i = 0; i < r.cells().size(); i++) {
                    row.createCell(FIXED + i).setCellValue(r.cells().get(i));
                }
            }
            if (sheets.isEmpty()) {
                wb.createSheet("无错误").createRow(0).createCell(0).setCellValue("没有被拒绝的行 (no rejected rows)");
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
    private static String safeName(String name, int index) {
        String s = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        String suffix = "~" + (index + 1);
        return s.length() > 31 - suffix.length() ? s.substring(0, 31 - suffix.length()) + suffix : s;
    }
}
