package io.muyield.core.evaluation.input;

import io.muyield.core.evaluation.expression.ColumnSource;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The units of one run as columns: ids in ascending order (the canonical order, which is also the last tie-break),
 * district and industry codes, numeric columns (NaN = missing), tags, event counts and landlords. Built once, never
 * changed; arrays handed in are copied.
 */
public final class EvaluationInput implements ColumnSource {

    private final int year;
    private final String[] ids;
    private final String[] names;
    private final Dictionary districts;
    private final Dictionary industries;
    private final Dictionary divisions;
    private final Map<String, double[]> columns;
    private final Map<String, boolean[]> tags;
    private final Map<String, int[]> events;
    private final String[] landlordIds;
    private final int[] landlord;
    private volatile String sha256;

    private EvaluationInput(int year, String[] ids, String[] names, String[] districtCodes, String[] industryCodes,
                            Map<String, double[]> columns, Map<String, boolean[]> tags, Map<String, int[]> events, String[] landlordIds) {
        this.year = year;
        this.ids = ids;
        this.names = names;
        this.districts = new Dictionary(districtCodes);
        this.industries = new Dictionary(industryCodes);
        String[] div = new String[ids.length];
        for (int i = 0; i < div.length; i++) {
            String c = industryCodes[i];
            div[i] = c.length() >= 2 && Character.isDigit(c.charAt(0)) ? c.substring(0, 2) : c;
        }
        this.divisions = new Dictionary(div);
        this.columns = Collections.unmodifiableMap(columns);
        this.tags = Collections.unmodifiableMap(tags);
        this.events = Collections.unmodifiableMap(events);
        this.landlordIds = landlordIds;
        this.landlord = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            landlord[i] = landlordIds[i] == null ? -1 : Math.max(-1, Arrays.binarySearch(ids, landlordIds[i]));
        }
    }

    /** From rows; the order of the rows does not matter. */
    public static EvaluationInput of(int year, Collection<UnitRecord> rows) {
        UnitRecord[] sorted = rows.toArray(UnitRecord[]::new);
        Arrays.sort(sorted, (a, b) -> a.id().compareTo(b.id()));
        int n = sorted.length;
        String[] ids = new String[n], names = new String[n], districts = new String[n], industries = new String[n], landlords = new String[n];
        Map<String, double[]> columns = new TreeMap<>();
        Map<String, boolean[]> tags = new TreeMap<>();
        Map<String, int[]> events = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            UnitRecord r = sorted[i];
            ids[i] = r.id();
            names[i] = r.name();
            districts[i] = r.district();
            industries[i] = r.industry();
            landlords[i] = r.landlord().orElse(null);
            final int row = i;
            r.values().forEach((k, v) -> columns.computeIfAbsent(k, x -> nanColumn(n))[row] = v == null ? Double.NaN : v);
            r.tags().forEach(t -> tags.computeIfAbsent(t, x -> new boolean[n])[row] = true);
            r.events().forEach((k, c) -> events.computeIfAbsent(k, x -> new int[n])[row] = c);
        }
        return checked(new EvaluationInput(year, ids, names, districts, industries, columns, tags, events, landlords));
    }

    /**
     * From columns (the fast path for large inputs). Arrays are copied; rows are put in id order. {@code names},
     * {@code landlords} and entries of the maps may be null/absent.
     */
    public static EvaluationInput ofColumns(int year, String[] ids, String[] names, String[] districts, String[] industries,
                                            Map<String, double[]> columns, Map<String, boolean[]> tags, Map<String, int[]> events, String[] landlords) {
        int n = ids.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = ids[i - 1].compareTo(ids[i]) < 0;
        }
        if (!sorted) {
            Arrays.sort(boxed, (a, b) -> ids[a].compareTo(ids[b]));
        }
        int[] p = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        Map<String, double[]> cols = new TreeMap<>();
        columns.forEach((k, v) -> cols.put(k, permute(v, p)));
        Map<String, boolean[]> tg = new TreeMap<>();
        tags.forEach((k, v) -> tg.put(k, permute(v, p)));
        Map<String, int[]> ev = new TreeMap<>();
        events.forEach((k, v) -> ev.put(k, permute(v, p)));
        return checked(new EvaluationInput(year, permute(ids, p), names == null ? permute(ids, p) : permute(names, p),
                blankless(permute(districts, p)), blankless(permute(industries, p)), cols, tg, ev,
                landlords == null ? new String[n] : permute(landlords, p)));
    }

    private static EvaluationInput checked(EvaluationInput in) {
        for (int i = 1; i < in.ids.length; i++) {
            if (in.ids[i].equals(in.ids[i - 1])) {
                throw new IllegalArgumentException("unit id " + in.ids[i] + " appears twice (重复的单位编号)");
            }
        }
        in.columns.forEach((k, v) -> requireLength(k, v.length, in.ids.length));
        in.tags.forEach((k, v) -> requireLength(k, v.length, in.ids.length));
        in.events.forEach((k, v) -> requireLength(k, v.length, in.ids.length));
        return in;
    }

    private static void requireLength(String name, int length, int n) {
        if (length != n) {
            throw new IllegalArgumentException("column " + name + " has " + length + " values for " + n + " units");
        }
    }

    private static double[] nanColumn(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    private static String[] blankless(String[] s) {
        for (int i = 0; i < s.length; i++) {
            s[i] = s[i] == null ? "" : s[i];
        }
        return s;
    }

    private static double[] permute(double[] a, int[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = a[p[i]];
        return out;
    }

    private static boolean[] permute(boolean[] a, int[] p) {
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) out[i] = a[p[i]];
        return out;
    }

    private static int[] permute(int[] a, int[] p) {
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) out[i] = a[p[i]];
        return out;
    }

    private static String[] permute(String[] a, int[] p) {
        String[] out = new String[p.length];
        for (int i = 0; i < p.length; i++) out[i] = a[p[i]];
        return out;
    }

    @Override
    public int size() {
        return ids.length;
    }

    public int year() {
        return year;
    }

    public String id(int unit) {
        return ids[unit];
    }

    public String name(int unit) {
        return names[unit] == null ? ids[unit] : names[unit];
    }

    /** The row of a unit id, or -1. */
    public int indexOf(String id) {
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? -1 : i;
    }

    public String districtCode(int unit) {
        return districts.code(unit);
    }

    public int districtIndex(int unit) {
        return districts.index[unit];
    }

    public int districtCount() {
        return districts.codes.length;
    }

    public String industryCode(int unit) {
        return industries.code(unit);
    }

    /** The 大类 (first two digits) as a dictionary index, the unit of INDUSTRY peer groups and industry ranks. */
    public int divisionIndex(int unit) {
        return divisions.index[unit];
    }

    public String divisionCode(int unit) {
        return divisions.code(unit);
    }

    public int divisionCount() {
        return divisions.codes.length;
    }

    /** The landlord's row, or -1 when there is none or it is not in this input. */
    public int landlord(int unit) {
        return landlord[unit];
    }

    public Optional<String> landlordId(int unit) {
        return Optional.ofNullable(landlordIds[unit]);
    }

    public Set<String> columnNames() {
        return columns.keySet();
    }

    @Override
    public Optional<double[]> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    public double value(String column, int unit) {
        double[] c = columns.get(column);
        return c == null ? Double.NaN : c[unit];
    }

    @Override
    public boolean hasTag(String tag, int row) {
        boolean[] t = tags.get(tag);
        return t != null && t[row];
    }

    @Override
    public int eventCount(String event, int row) {
        int[] e = events.get(event);
        return e == null ? 0 : e[row];
    }

    @Override
    public Optional<boolean[]> tagColumn(String tag) {
        return Optional.ofNullable(tags.get(tag));
    }

    @Override
    public Optional<int[]> eventColumn(String event) {
        return Optional.ofNullable(events.get(event));
    }

    public Set<String> tagsOf(int unit) {
        Set<String> out = new TreeSet<>();
        tags.forEach((k, v) -> {
            if (v[unit]) {
                out.add(k);
            }
        });
        return out;
    }

    public Map<String, Integer> eventsOf(int unit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        events.forEach((k, v) -> {
            if (v[unit] > 0) {
                out.put(k, v[unit]);
            }
        });
        return out;
    }

    /** The numeric values of one unit by column name (NaN = missing). */
    public Map<String, Double> rowValues(int unit) {
        Map<String, Double> out = new HashMap<>();
        columns.forEach((k, v) -> out.put(k, v[unit]));
        return out;
    }

    /** SHA-256 over the canonical columns (see {@link InputSnapshotHash}); computed once. */
    public String snapshotSha256() {
        String h = sha256;
        if (h == null) {
            h = InputSnapshotHash.of(year, ids, districts.codes, districts.index, industries.codes, industries.index,
                    landlordIds, columns, tags, events);
            sha256 = h;
        }
        return h;
    }

    public List<String> districtCodes() {
        return List.of(districts.codes);
    }

    /** Codes interned to indexes in sorted code order, so indexes are the same for the same set of codes. */
    private static final class Dictionary {
        final String[] codes;
        final int[] index;

        Dictionary(String[] values) {
            Set<String> distinct = new TreeSet<>(Arrays.asList(values));
            codes = distinct.toArray(String[]::new);
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < codes.length; i++) {
                pos.put(codes[i], i);
            }
            index = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                index[i] = pos.get(values[i]);
            }
        }

        String code(int unit) {
            return codes[index[unit]];
        }
    }
}
