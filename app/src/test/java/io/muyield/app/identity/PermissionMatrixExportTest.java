package io.muyield.app.identity;

import io.muyield.app.FormSession;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The permission matrix as XLSX: every action × every role, the same as {@link PermissionMatrix}; the download is audited. */
class PermissionMatrixExportTest extends WebTest {

    @Test
    void theAuditorDownloadsTheMatrixAsTheCodeDefinesIt() throws Exception {
        TestUsers.ensure(database);
        FormSession auditor = new FormSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        HttpResponse<byte[]> r = auditor.getBytes("/audit/permissions.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet matrix = wb.getSheetAt(0);
            assertThat(matrix.getLastRowNum()).isEqualTo(PermissionMatrix.ACTIONS.size());
            Map<String, Integer> column = new HashMap<>();
            Row head = matrix.getRow(0);
            for (int c = 0; c < head.getLastCellNum(); c++) {
                column.put(head.getCell(c).getStringCellValue(), c);
            }
            for (int i = 1; i <= PermissionMatrix.ACTIONS.size(); i++) {
                Row row = matrix.getRow(i);
                PermissionMatrix.Action action = PermissionMatrix.ACTIONS.get(i - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(action.key());
                for (Role role : Role.values()) {
                    String cell = row.getCell(column.get(role.nameZh() + " " + role.name())).getStringCellValue();
                    assertThat(cell).as(action.key() + " × " + role).isEqualTo(action.roles().contains(role) ? "✓" : "");
                }
            }
            Sheet roles = wb.getSheetAt(1);
            assertThat(roles.getRow(3).getCell(0).getStringCellValue()).isEqualTo("DISTRICT_OFFICER");
            assertThat(roles.getRow(3).getCell(5).getStringCellValue()).isEqualTo("ROLE_DISTRICT_OFFICER, EXPORT");
        }
        FormSession analyst = new FormSession(port);
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.getBytes("/audit/permissions.xlsx").statusCode()).isEqualTo(403);
    }
}
