package io.muyield.ingest.table;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Legacy XLS (BIFF8) through HSSF's user model: the file is read whole, which is acceptable for the small files
 * departments still deliver in this format. Merged cells in the top rows (where headers are) are filled with their
 * top-left value, so that a parent header spanning its children reaches every child column.
 */
public final class XlsReader implements TabularReader {

    /** Merged regions starting within these first rows are treated as header merges. */
    static final int HEADER_ZONE = 30;

    @Override
    public TabularFormat format() {
        return TabularFormat.XLS;
    }

    @Override
    public ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
        List<String> names = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                names.add(sheet.getSheetName());
                handler.startSheet(sheet.getSheetName(), s);
                List<CellRangeAddress> merges = sheet.getMergedRegions().stream()
                        .filter(r -> r.getFirstRow() < HEADER_ZONE).toList();
                for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    int width = Math.max(row.getLastCellNum(), 0);
                    String[] cells = new String[width];
                    for (int c = 0; c < width; c++) {
                        cells[c] = text(row.getCell(c));
                    }
                    if (r < HEADER_ZONE) {
                        cells = fillMerged(sheet, merges, r, cells);
                    }
                    handler.row(new RawRow(sheet.getSheetName(), r + 1, cells));
                }
                handler.endSheet(sheet.getSheetName());
            }
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new IOException("Excel文件已加密，请去除密码后再导入 (the XLS file is password-protected)", e);
        } catch (RuntimeException e) {
            throw new IOException("Excel文件已损坏或不完整 " + file.getFileName() + " (the XLS file is damaged or truncated): " + e.getMessage(), e);
        }
        return new ReadSummary(TabularFormat.XLS, Optional.empty(), Optional.empty(), names, Optional.empty(), false);
    }

    private static String[] fillMerged(Sheet sheet, List<CellRangeAddress> merges, int r, String[] cells) {
        String[] out = cells;
        for (CellRangeAddress m : merges) {
            if (r < m.getFirstRow() || r > m.getLastRow()) {
                continue;
            }
            Row top = sheet.getRow(m.getFirstRow());
            String value = top == null ? "" : text(top.getCell(m.getFirstColumn()));
            if (out.length <= m.getLastColumn()) {
                out = java.util.Arrays.copyOf(out, m.getLastColumn() + 1);
            }
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                out[c] = value;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = "";
            }
        }
        return out;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                String format = cell.getCellStyle().getDataFormatString();
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield CellText.text(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), format, false);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
