package io.muyield.ingest.profile;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.Unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a profile written as data. Lines {@code name: value} set the profile's properties; each {@code field:} line is
 * {@code id | kind | required/column/optional | default unit | fact column | header, variant, …}. An id containing
 * {@code {m}} expands to twelve monthly fields, with {@code {m}} (1–12), {@code {mm}} (01–12) and {@code {cm}}
 * (一–十二) in its headers. {@code #} starts a comment.
 */
public final class ProfileLoader {

    private static final String[] CHINESE_MONTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private ProfileLoader() {
    }

    public static SourceProfile fromResource(String name) {
        String path = "/io/muyield/ingest/profiles/" + name + ".profile";
        try (InputStream in = ProfileLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in profile " + name);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceProfile read(Reader text, String origin) throws IOException {
        String key = null;
        Optional<Source> source = Optional.empty();
        RecordKind kind = null;
        String titleZh = "";
        String titleEn = "";
        List<String> unique = List.of();
        List<String> any = List.of();
        List<String> unitColumn = List.of();
        List<ProfileField> fields = new ArrayList<>();
        BufferedReader r = new BufferedReader(text);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(origin + ":" + n + ": expected 'name: value'");
            }
            String name = s.substring(0, colon).strip();
            String value = s.substring(colon + 1).strip();
            switch (name) {
                case "key" -> key = value;
                case "source" -> source = value.isEmpty() ? Optional.empty() : Optional.of(Source.ofKey(value));
                case "record" -> kind = RecordKind.valueOf(value);
                case "title" -> {
                    String[] t = value.split("\\|");
                    titleZh = t[0].strip();
                    titleEn = t.length > 1 ? t[1].strip() : "";
                }
                case "unique" -> unique = list(value);
                case "any" -> any = list(value);
                case "unit-column" -> unitColumn = list(value);
                case "field" -> fields.addAll(fields(value, origin + ":" + n));
                default -> throw new IllegalArgumentException(origin + ":" + n + ": unknown property " + name);
            }
        }
        if (key == null || kind == null) {
            throw new IllegalArgumentException(origin + ": key and record are required");
        }
        return new SourceProfile(key, source, kind, titleZh, titleEn, fields, unique, any, unitColumn);
    }

    private static List<ProfileField> fields(String value, String where) {
        String[] p = value.split("\\|", -1);
        if (p.length != 6) {
            throw new IllegalArgumentException(where + ": a field has 6 parts separated by |, found " + p.length);
        }
        String id = p[0].strip();
        FieldKind kind = FieldKind.valueOf(p[1].strip());
        Requirement req = Requirement.valueOf(p[2].strip().toUpperCase(java.util.Locale.ROOT));
        Optional<Unit> unit = p[3].isBlank() ? Optional.empty() : Optional.of(Unit.fromLabel(p[3])
                .orElseThrow(() -> new IllegalArgumentException(where + ": unknown unit " + p[3])));
        Optional<FactField> fact = p[4].isBlank() ? Optional.empty() : Optional.of(FactField.ofColumn(p[4].strip()));
        List<String> headers = list(p[5]);
        if (!id.contains("{m}")) {
            return List.of(new ProfileField(id, kind, req, unit, fact, headers));
        }
        List<ProfileField> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String mm = String.format("%02d", m);
            String cm = CHINESE_MONTHS[m - 1];
            int month = m;
            List<String> expanded = headers.stream()
                    .map(h -> h.replace("{mm}", mm).replace("{cm}", cm).replace("{m}", Integer.toString(month)))
                    .distinct().toList();
            months.add(new ProfileField(id.replace("{m}", Integer.toString(m)), kind, req, unit, fact, expanded));
        }
        return months;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
