package io.muyield.ingest.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A header found: the profile it matches, the rows it occupies (one, or two for a merged header), the header text of
 * every column ("parent/child" for merged ones), which field each matched column carries, the unit column if any,
 * and the columns no field claimed.
 */
public record HeaderLayout(SourceProfile profile, int firstRow, int lastRow, List<String> headerTexts,
                           Map<String, Column> columns, Optional<Integer> unitColumn, List<String> unmatched,
                           List<String> duplicated) {

    public HeaderLayout {
        headerTexts = List.copyOf(headerTexts);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        unmatched = List.copyOf(unmatched);
        duplicated = List.copyOf(duplicated);
    }

    public Optional<Column> column(String fieldId) {
        return Optional.ofNullable(columns.get(fieldId));
    }

    public int score() {
        return columns.size();
    }

    /** The profile's required columns that this header lacks, by their contract spelling. */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        for (ProfileField f : profile.requiredColumns()) {
            if (!columns.containsKey(f.id())) {
                m.add(f.label());
            }
        }
        if (!profile.requireAny().isEmpty() && profile.requireAny().stream().noneMatch(columns::containsKey)) {
            m.add(String.join("/", profile.requireAny().stream().map(id -> profile.field(id).label()).toList()));
        }
        return m;
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** Matches one header row (or two combined) against a profile. */
    public static HeaderLayout match(SourceProfile profile, List<HeaderName> names, int firstRow, int lastRow) {
        Map<String, ProfileField> byKey = ProfileKeys.of(profile);
        Map<String, Column> columns = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        Optional<Integer> unitColumn = Optional.empty();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            HeaderName name = names.get(c);
            texts.add(name.text());
            if (name.isBlank()) {
                continue;
            }
            ProfileField field = find(byKey, name);
            HeaderName used = name;
            if (field == null) {
                Optional<HeaderName> suffixed = name.withSuffixUnit();
                if (suffixed.isPresent()) {
                    field = find(byKey, suffixed.get());
                    used = suffixed.get();
                }
            }
            if (field == null) {
                if (unitColumn.isEmpty() && profile.unitColumnHeaders().stream().map(HeaderName::key).anyMatch(name.keys()::contains)) {
                    unitColumn = Optional.of(c);
                } else {
                    unmatched.add(name.text());
                }
            } else if (columns.containsKey(field.id())) {
                duplicated.add(name.text());
            } else {
                columns.put(field.id(), new Column(field, c, name.text(), used.unit()));
            }
        }
        return new HeaderLayout(profile, firstRow, lastRow, texts, columns, unitColumn, unmatched, duplicated);
    }

    private static ProfileField find(Map<String, ProfileField> byKey, HeaderName name) {
        for (String k : name.keys()) {
            ProfileField f = byKey.get(k);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Header spellings of a profile as matching keys, computed once per profile. */
    static final class ProfileKeys {
        private static final Map<SourceProfile, Map<String, ProfileField>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Map<String, ProfileField> of(SourceProfile p) {
            return CACHE.computeIfAbsent(p, profile -> {
                Map<String, ProfileField> m = new LinkedHashMap<>();
                for (ProfileField f : profile.fields()) {
                    for (String h : f.headers()) {
                        m.putIfAbsent(HeaderName.key(h), f);
                    }
                }
                return m;
            });
        }
    }
}
