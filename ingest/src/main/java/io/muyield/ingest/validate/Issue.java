package io.muyield.ingest.validate;

import java.util.Objects;

/**
 * One finding about a file, naming the file, sheet (blank for CSV), row (1-based as Excel shows it; 0 for the file as a
 * whole) and field (the header text as written in the file; blank when the finding concerns no one column).
 */
public record Issue(Severity severity, String file, String sheet, int row, String field, Message message) {

    public Issue {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(sheet);
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }

    /** "文件 tax_2023.csv 第12行 字段“实缴税额(万元)”：…" as a clerk would read it. */
    public String describeZh() {
        StringBuilder b = new StringBuilder("文件 ").append(file);
        if (!sheet.isEmpty()) {
            b.append(" 工作表“").append(sheet).append("”");
        }
        if (row > 0) {
            b.append(" 第").append(row).append("行");
        }
        if (!field.isEmpty()) {
            b.append(" 字段“").append(field).append("”");
        }
        return b.append("：").append(message.zh()).toString();
    }

    public String describeEn() {
        StringBuilder b = new StringBuilder("file ").append(file);
        if (!sheet.isEmpty()) {
            b.append(", sheet \"").append(sheet).append("\"");
        }
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (!field.isEmpty()) {
            b.append(", field \"").append(field).append("\"");
        }
        return b.append(": ").append(message.en()).toString();
    }

    @Override
    public String toString() {
        return describeZh() + " (" + describeEn() + ")";
    }
}
