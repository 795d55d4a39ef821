package io.muyield.ingest.table;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.time.LocalDateTime;

/**
 * How a numeric spreadsheet cell becomes text for the import: dates as ISO {@code yyyy-MM-dd}, percentages as the
 * number the clerk sees followed by {@code %}, every other number as Excel's own 15-digit text without grouping or
 * currency signs (so a cell formatted "#,##0.00" still reads 1234.5, not "1,234.50").
 */
final class CellText extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return text(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        return text(value, formatIndex, formatString, use1904Windowing);
    }

    static String text(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
            return t.toLocalTime().toSecondOfDay() == 0 || value >= 1 ? t.toLocalDate().toString() : t.toString();
        }
        if (formatString != null && formatString.contains("%") && !formatString.contains("\"%\"")) {
            return NumberToTextConverter.toText(value * 100) + "%";
        }
        return NumberToTextConverter.toText(value);
    }
}
