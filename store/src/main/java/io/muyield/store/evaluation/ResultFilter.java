package io.muyield.store.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of a run's results (all optional; blank = any): the district or functional zone, the park, a GB/T 4754
 * code prefix (e.g. 36 or 3612), the class label, and text that is part of the name or the start of the credit code.
 * District, park and industry are the ones the enterprise had in the run. Becomes SQL with {@code ?} placeholders over
 * {@code evaluation_result r}; the values are bound, never glued into the SQL.
 */
public record ResultFilter(String district, String park, String industry, String classLabel, String q) {

    public static final ResultFilter ALL = new ResultFilter(null, null, null, null, null);

    public ResultFilter {
        district = blankToNull(district);
        park = blankToNull(park);
        industry = blankToNull(industry);
        classLabel = blankToNull(classLabel);
        q = blankToNull(q);
    }

    public ResultFilter withDistrict(String value) {
        return new ResultFilter(value, park, industry, classLabel, q);
    }

    public ResultFilter withPark(String value) {
        return new ResultFilter(district, value, industry, classLabel, q);
    }

    public ResultFilter withIndustry(String value) {
        return new ResultFilter(district, park, value, classLabel, q);
    }

    public ResultFilter withClass(String value) {
        return new ResultFilter(district, park, industry, value, q);
    }

    public ResultFilter withText(String value) {
        return new ResultFilter(district, park, industry, classLabel, value);
    }

    /** The WHERE fragment (without the run and the scope) and its values appended to {@code params}. */
    String sql(List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (district != null) {
            // a functional zone (e.g. CQ-LJXQ) matches through the register, an administrative district directly
            parts.add("(r.district_code = ? OR e.zone_code = ?)");
            params.add(district);
            params.add(district);
        }
        if (park != null) {
            parts.add("r.park_code = ?");
            params.add(park);
        }
        if (industry != null) {
            parts.add("r.industry_code LIKE ? ESCAPE '!'");
            params.add(escape(industry.toUpperCase(java.util.Locale.ROOT)) + "%");
        }
        if (classLabel != null) {
            parts.add("r.class_label = ?");
            params.add(classLabel);
        }
        if (q != null) {
            parts.add("(r.name LIKE ? ESCAPE '!' OR r.credit_code LIKE ? ESCAPE '!')");
            params.add("%" + escape(q) + "%");
            params.add(escape(q.toUpperCase(java.util.Locale.ROOT)) + "%");
        }
        return parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                b.append('!');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
