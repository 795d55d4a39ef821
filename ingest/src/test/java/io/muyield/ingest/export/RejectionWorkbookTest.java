package io.muyield.ingest.export;

import io.muyield.ingest.FileImporter;
import io.muyield.ingest.ImportOptions;
import io.muyield.ingest.TestReference;
import io.muyield.ingest.validate.Rejection;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionWorkbookTest {

    @Test
    void writesOriginalRowsWithReasonsOneSheetPerFile() throws IOException {
        FileImporter importer = new FileImporter(TestReference.chongqing());
        List<Rejection> all = new ArrayList<>();
        all.addAll(importer.importFile(TestReference.corpus("registration_faults.csv"), ImportOptions.of(1, 2023)).result().rejections());
        all.addAll(importer.importFile(TestReference.corpus("power_tab.csv"), ImportOptions.of(1, 2023)).result().rejections());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RejectionWorkbook.write(all, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet reg = wb.getSheetAt(0);
            assertThat(reg.getSheetName()).isEqualTo("registration_faults.csv");
            assertThat(reg.getRow(0).getCell(1).getStringCellValue()).isEqualTo("错误原因");
            assertThat(reg.getRow(0).getCell(3).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(reg.getLastRowNum()).isEqualTo(12);
            assertThat(reg.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(reg.getRow(1).getCell(1).getStringCellValue()).contains("“统一社会信用代码”").contains("校验位错误");
            assertThat(reg.getRow(1).getCell(2).getStringCellValue()).contains("check digit");
            assertThat(reg.getRow(1).getCell(3).getStringCellValue()).isEqualTo("9150011210000001XX");
            assertThat(reg.getRow(1).getCell(4).getStringCellValue()).isEqualTo("坏校验位公司");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void emptyListStillGivesAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RejectionWorkbook.write(List.of(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("没有被拒绝的行");
        }
    }
}
