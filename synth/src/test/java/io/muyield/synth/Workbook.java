package io.muyield.synth;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a generated .xlsx back with POI: sheet name → rows (index = Excel row − 1), cells as text. */
final class Workbook {

    private Workbook() {
    }

    static Map<String, List<String[]>> read(Path path) throws IOException {
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(path); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<String[]> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        rows.add(new String[0]);
                        continue;
                    }
                    String[] cells = new String[Math.max(0, row.getLastCellNum())];
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = text(row.getCell(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }
}
