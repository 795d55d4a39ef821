package io.muyield.core.evaluation.plain;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.input.UnitRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain table (CSV, RFC 4180 quoting, UTF-8 with or without BOM): a header row; the first column is the unit
 * id; columns named {@code name}, {@code district} or {@code industry} are attributes; every other column is numeric,
 * where an empty cell, NA, NaN, "-" or "—" is missing. A cell that is not a number is an error naming its line.
 */
public final class CsvTableReader {

    private static final Set<String> ATTRIBUTES = Set.of("name", "district", "industry");
    private static final Set<String> MISSING = Set.of("", "na", "nan", "n/a", "-", "—", "null");

    private CsvTableReader() {
    }

    public static EvaluationInput read(Reader reader, int year, String fileName) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = CsvLine.parse(in.readLine());
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException(fileName + " line 1: no header row");
        }
        header.set(0, header.get(0).replace("\uFEFF", "").strip());
        List<UnitRecord> rows = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.parse(line);
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(fileName + " line " + lineNo + ": " + cells.size() + " cells for " + header.size() + " columns");
            }
            rows.add(row(header, cells, fileName, lineNo));
        }
        return EvaluationInput.of(year, rows);
    }

    private static UnitRecord row(List<String> header, List<String> cells, String fileName, int lineNo) {
        Map<String, String> attributes = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (int i = 1; i < header.size(); i++) {
            String column = header.get(i).strip();
            String cell = cells.get(i).strip();
            if (ATTRIBUTES.contains(column.toLowerCase(Locale.ROOT))) {
                attributes.put(column.toLowerCase(Locale.ROOT), cell);
            } else if (!MISSING.contains(cell.toLowerCase(Locale.ROOT))) {
                try {
                    values.put(column, Double.parseDouble(cell.replace(",", "")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(fileName + " line " + lineNo + ": column " + column + ": \"" + cell + "\" is not a number");
                }
            }
        }
        String id = cells.get(0).strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException(fileName + " line " + lineNo + ": no unit id in the first column");
        }
        return new UnitRecord(id, attributes.getOrDefault("name", id), attributes.getOrDefault("district", ""), attributes.getOrDefault("industry", ""),
                values, Set.of(), Map.of(), Optional.empty());
    }
}
