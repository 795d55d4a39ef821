package io.muyield.app.identity;

import io.muyield.app.shared.AuditLog;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The permission matrix (role × action × scope) as XLSX for audits: sheet 1 actions × roles (✓ or empty) with the
 * enforcement, sheet 2 each role's authorities and data scope.
 */
@Controller
class PermissionMatrixExport {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditLog audit;

    PermissionMatrixExport(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit/permissions.xlsx")
    @PreAuthorize("hasAuthority('AUDIT')")
    ResponseEntity<byte[]> xlsx() {
        byte[] body = workbook();
        audit.record("EXPORT", "permission-matrix", "permissions.xlsx, " + PermissionMatrix.ACTIONS.size() + " actions × " + Role.values().length + " roles");
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("muyield-permissions.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet matrix = wb.createSheet("权限矩阵 Permissions");
            Row head = matrix.createRow(0);
            int c = 0;
            for (String h : new String[]{"动作 action", "说明", "Description"}) {
                cell(head, c++, h, bold);
            }
            for (Role role : Role.values()) {
                cell(head, c++, role.nameZh() + " " + role.name(), bold);
            }
            cell(head, c, "实现 Enforcement", bold);
            int r = 1;
            for (PermissionMatrix.Action a : PermissionMatrix.ACTIONS) {
                Row row = matrix.createRow(r++);
                int col = 0;
                row.createCell(col++).setCellValue(a.key());
                row.createCell(col++).setCellValue(a.nameZh());
                row.createCell(col++).setCellValue(a.nameEn());
                for (Role role : Role.values()) {
                    row.createCell(col++).setCellValue(a.roles().contains(role) ? "✓" : "");
                }
                row.createCell(col).setCellValue(a.enforcement());
            }
            Sheet roles = wb.createSheet("角色与范围 Roles and scopes");
            Row rh = roles.createRow(0);
            String[] heads = {"角色 role", "名称", "Name", "数据范围", "Data scope", "权限 authorities"};
            for (int i = 0; i < heads.length; i++) {
                cell(rh, i, heads[i], bold);
            }
            int rr = 1;
            for (Role role : Role.values()) {
                Row row = roles.createRow(rr++);
                row.createCell(0).setCellValue(role.name());
                row.createCell(1).setCellValue(role.nameZh());
                row.createCell(2).setCellValue(role.nameEn());
                row.createCell(3).setCellValue(PermissionMatrix.scopeZh(role));
                row.createCell(4).setCellValue(PermissionMatrix.scopeEn(role));
                row.createCell(5).setCellValue(String.join(", ", role.authorities()));
            }
            for (int i = 0; i < 3 + Role.values().length + 1; i++) {
                matrix.setColumnWidth(i, i < 3 ? 40 * 256 : 18 * 256);
            }
            for (int i = 0; i < heads.length; i++) {
                roles.setColumnWidth(i, 36 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
