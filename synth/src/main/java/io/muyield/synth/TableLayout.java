package io.muyield.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one department file and the role each plays for fault injection: which hold credit codes, which
 * are required, which are numbers, which are money in 万元, where the industry, district, land, output and value
 * added are. Column headers are the first spellings of docs/DEPARTMENT-FILES.md.
 */
record TableLayout(String[] headers, int[] codeColumns, int[] requiredColumns, int[] numberColumns,
                   int[] wanYuanColumns, int industryColumn, int districtColumn, int landColumn, int outputColumn,
                   int valueAddedColumn, List<FaultKind> faults) {

    static final int NONE = -1;

    static TableLayout of(String[] headers, int[] codes, int[] required, int[] numbers, int[] wan, int industry,
                          int district, int land, int output, int valueAdded) {
        List<FaultKind> kinds = new ArrayList<>(List.of(FaultKind.BAD_CHECK_DIGIT, FaultKind.DUPLICATE_ROW,
                FaultKind.CONFLICTING_DUPLICATE, FaultKind.BLANK_REQUIRED));
        if (numbers.length > 0) {
            kinds.add(FaultKind.FULL_WIDTH);
            kinds.add(FaultKind.THOUSANDS_SEPARATOR);
        }
        if (wan.length > 0) {
            kinds.add(FaultKind.YUAN_AS_WAN_YUAN);
        }
        if (valueAdded != NONE) {
            kinds.add(FaultKind.VALUE_ADDED_ABOVE_OUTPUT);
        }
        if (land != NONE) {
            kinds.add(FaultKind.NEGATIVE_LAND);
        }
        if (industry != NONE) {
            kinds.add(FaultKind.UNKNOWN_INDUSTRY);
        }
        if (district != NONE) {
            kinds.add(FaultKind.UNKNOWN_DISTRICT);
        }
        return new TableLayout(headers, codes, required, numbers, wan, industry, district, land, output, valueAdded, List.copyOf(kinds));
    }

    int columns() {
        return headers.length;
    }
}
