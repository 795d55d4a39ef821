package io.muyield.ingest;

import io.muyield.core.fact.FactField;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.PowerAccountRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** XLSX (streamed) and XLS fixtures built here: title rows, merged two-row headers, several sheets, formatted numbers. */
class SpreadsheetImportTest {

    static final String A = "9150011210000001XW";
    static final String B = "9150011210000002XX";
    static final String C = "9150010510000003XT";

    @TempDir
    Path dir;

    private final FileImporter importer = new FileImporter(TestReference.chongqing());

    private static final String[] STAT_HEADER = {"统一社会信用代码", "单位详细名称", "行业代码", "规模标志", "工业总产值(当年价格)(千元)",
            "营业收入(千元)", "工业增加值(千元)", "研究与试验发展经费支出(千元)", "从业人员平均人数(人)", "综合能源消费量(吨标准煤)", "用水量(吨)"};

    private Path statistics() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Sheet above = wb.createSheet("规上工业");
            above.createRow(0).createCell(0).setCellValue("2023年工业企业主要经济指标");
            above.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            header(above.createRow(2), STAT_HEADER);
            Row a = data(above.createRow(3), A, "甲", "3484", "规上", 60000, 50000, 15000, 1000, 120, 800, 5000);
            a.getCell(5).setCellStyle(grouped);                                                     // row 4 fine
            data(above.createRow(4), B, "乙", "3982", "1", 1000, 1200, 1500, 0, 10, 5, 100);        // row 5: VA > output
            data(above.createRow(5), C, "丙", "1391", "规上", -5, 100, 1, 0, 10, 5, 100);           // row 6: negative output
            Row pct = data(above.createRow(6), "9150010610000004XA", "丁", "3311", "规上", 100, 100, 10, 0, 10, 5, 100);
            pct.getCell(7).setCellValue(0.035);                                                     // row 7: percentage
            pct.getCell(7).setCellStyle(percent);
            Sheet below = wb.createSheet("规下工业");
            below.createRow(0).createCell(0).setCellValue("规下工业企业");
            header(below.createRow(1), STAT_HEADER);
            data(below.createRow(2), A, "甲", "3484", "规下", 1, 1, 1, 0, 1, 1, 1);                // row 3: conflicts with 规上 row 4
            Row text = below.createRow(3);                                                          // row 4: text figures
            data(text, "9150010810000005X8", "戊", "3670", "规下", 0, 0, 0, 0, 0, 0, 0);
            text.getCell(4).setCellValue("1,234.5");
            text.getCell(5).setCellValue("１２３４");
            text.getCell(7).setCellValue("—");
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由统计局提供");
            return save(wb, "statistics_2023.xlsx");
        }
    }

    private Path powerWithMergedHeader(Workbook wb, String name) throws IOException {
        Sheet s = wb.createSheet("用电量");
        s.createRow(0).createCell(0).setCellValue("2023年工业企业用电量");
        Row parent = s.createRow(1);
        Row child = s.createRow(2);
        String[] left = {"户号", "户名", "统一社会信用代码"};
        for (int c = 0; c < 3; c++) {
            parent.createCell(c).setCellValue(left[c]);
            s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
        }
        parent.createCell(3).setCellValue("用电量(千瓦时)");
        s.addMergedRegion(new CellRangeAddress(1, 1, 3, 14));
        for (int m = 1; m <= 12; m++) {
            child.createCell(2 + m).setCellValue(m + "月");
        }
        parent.createCell(15).setCellValue("全年用电量(千瓦时)");
        s.addMergedRegion(new CellRangeAddress(1, 2, 15, 15));
        Row d1 = s.createRow(3);
        d1.createCell(0).setCellValue("5001");
        d1.createCell(1).setCellValue("甲");
        d1.createCell(2).setCellValue(A);
        for (int m = 1; m <= 12; m++) {
            d1.createCell(2 + m).setCellValue(100 * m);
        }
        d1.createCell(15).setCellValue(7800);
        Row d2 = s.createRow(4);
        d2.createCell(0).setCellValue(5002);
        d2.createCell(1).setCellValue("乙");
        d2.createCell(2).setCellValue(B);
        d2.createCell(14).setCellValue(-1);
        return save(wb, name);
    }

    @Test
    void statisticsWorkbookWithTitleRowsAndTwoSheets() throws IOException {
        ParsedFile p = importer.importFile(statistics(), ImportOptions.of(3, 2023));
        FileImportResult r = p.result();
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        assertThat(r.profiles()).containsExactly("statistics");
        assertThat(r.headers()).extracting(SheetHeader::sheet, SheetHeader::firstRow).containsExactly(
                org.assertj.core.groups.Tuple.tuple("规上工业", 3), org.assertj.core.groups.Tuple.tuple("规下工业", 2));
        assertThat(r.rejections()).extracting(x -> x.sheet() + "#" + x.row())
                .containsExactly("规上工业#5", "规上工业#6", "规上工业#7", "规下工业#3");
        assertThat(r.rejections().get(0).has("工业增加值(千元)", "大于工业总产值")).isTrue();
        assertThat(r.rejections().get(1).has("工业总产值(当年价格)(千元)", "不能为负数")).isTrue();
        assertThat(r.rejections().get(2).has("研究与试验发展经费支出(千元)", "不应为百分数")).isTrue();
        assertThat(r.rejections().get(3).has("工业总产值(当年价格)(千元)", "与工作表“规上工业”第4行相同，但本列数据不同")).isTrue();
        assertThat(r.rejections().get(3).has("单位详细名称", "")).isFalse();
        assertThat(r.rejections().get(0).issues().get(0).describeZh()).isEqualTo(
                "文件 statistics_2023.xlsx 工作表“规上工业” 第5行 字段“工业增加值(千元)”：工业增加值（1500 千元）大于工业总产值（1000 千元）");
        assertThat(r.warnings()).anyMatch(w -> w.sheet().equals("说明") && w.message().zh().contains("未找到表头"));
        FactRecord a = (FactRecord) p.records().get(0);
        assertThat(a.facts().get(FactField.REVENUE).toCanonical()).isEqualByComparingTo("5000");
        assertThat(a.facts().get(FactField.VALUE_ADDED).toCanonical()).isEqualByComparingTo("1500");
        assertThat(a.facts().get(FactField.ENERGY).toCanonical()).isEqualByComparingTo("800");
        assertThat(a.aboveScale()).contains(true);
        FactRecord e = (FactRecord) p.records().get(1);
        assertThat(e.facts().get(FactField.OUTPUT).toCanonical()).isEqualByComparingTo("123.45");
        assertThat(e.facts().get(FactField.REVENUE).toCanonical()).isEqualByComparingTo("123.4");
        assertThat(e.facts().get(FactField.VALUE_ADDED).value()).isEqualByComparingTo("0");
        assertThat(e.facts()).doesNotContainKey(FactField.RD_SPENDING);
        assertThat(e.aboveScale()).contains(false);
        assertThat(r.sha256()).isEqualTo(FileDigest.sha256(dir.resolve("statistics_2023.xlsx")));
    }

    @Test
    void mergedTwoRowHeaderInXlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            checkPower(importer.importFile(powerWithMergedHeader(wb, "power_2023.xlsx"), ImportOptions.of(6, 2023)));
        }
    }

    @Test
    void mergedTwoRowHeaderInXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            ParsedFile p = importer.importFile(powerWithMergedHeader(wb, "power_2023.xls"), ImportOptions.of(6, 2023));
            assertThat(p.result().format()).isEqualTo(io.muyield.ingest.table.TabularFormat.XLS);
            checkPower(p);
        }
    }

    private static void checkPower(ParsedFile p) {
        FileImportResult r = p.result();
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        assertThat(r.headers().get(0).firstRow()).isEqualTo(2);
        assertThat(r.headers().get(0).lastRow()).isEqualTo(3);
        assertThat(r.headers().get(0).fields().get("month_1")).isEqualTo("用电量(千瓦时)/1月 [千瓦时]");
        assertThat(r.headers().get(0).fields().get("annual")).isEqualTo("全年用电量(千瓦时) [千瓦时]");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(5);
            assertThat(x.has("用电量(千瓦时)/12月", "不能为负数")).isTrue();
        });
        PowerAccountRecord a = (PowerAccountRecord) p.records().get(0);
        assertThat(a.account()).isEqualTo("5001");
        assertThat(a.monthly()).hasSize(12);
        assertThat(a.kwh()).isEqualByComparingTo("7800");
        assertThat(a.monthlyKwh()).isEqualByComparingTo("7800");
    }

    @Test
    void damagedWorkbookIsAProblemNotACrash() throws IOException {
        Path good = statistics();
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        FileImportResult r = importer.importFile(cut, ImportOptions.of(1, 2023)).result();
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().get(0).message().zh()).contains("无法读取文件");
    }

    private static void header(Row row, String[] names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static Row data(Row row, String code, String name, String industry, String scale, double... figures) {
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(industry);
        row.createCell(3).setCellValue(scale);
        for (int i = 0; i < figures.length; i++) {
            row.createCell(4 + i).setCellValue(figures[i]);
        }
        return row;
    }

    private Path save(Workbook wb, String name) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }
}
