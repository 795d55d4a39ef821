package io.muyield.ingest;

import java.util.List;
import java.util.Map;

/**
 * The header found on one sheet: which profile it matched, the rows it occupies, and for every matched field the
 * header text (with the unit the import used for it, e.g. "实缴税额(元) → tax [元]").
 */
public record SheetHeader(String sheet, String profile, int firstRow, int lastRow, Map<String, String> fields,
                          List<String> unmatched) {
    public SheetHeader {
        fields = Map.copyOf(fields);
        unmatched = List.copyOf(unmatched);
    }
}
