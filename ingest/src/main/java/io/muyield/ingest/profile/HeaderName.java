package io.muyield.ingest.profile;

import io.muyield.core.fact.Unit;
import io.muyield.ingest.value.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A header cell understood: the text as the clerk sees it ("实缴税额合计（万元）", or "用电量(千瓦时)/1月" for a
 * two-row merged header), the unit its parentheses name, and the keys it may match a profile's spellings by — the
 * name without the unit, without any parenthesised remark ("工业总产值(当年价格)" → "工业总产值"), and for a two-row
 * header the child's own name.
 */
public record HeaderName(String text, Optional<Unit> unit, List<String> keys) {

    private static final String[] SUFFIX_UNITS = {"万千瓦时", "千瓦时", "吨标准煤", "平方米", "公顷", "万元", "千元", "亿元", "千克"};

    public HeaderName {
        keys = List.copyOf(keys);
    }

    public boolean isBlank() {
        return keys.isEmpty();
    }

    public static HeaderName of(String cell) {
        Parsed p = parse(cell == null ? "" : cell);
        List<String> keys = new ArrayList<>();
        addKeys(p, keys);
        return new HeaderName(cell == null ? "" : cell.strip(), p.unit, keys);
    }

    /** A header under a parent cell that spans it (two-row header). */
    public static HeaderName of(String parent, String child) {
        Parsed pp = parse(parent == null ? "" : parent);
        Parsed pc = parse(child == null ? "" : child);
        if (pc.base.isEmpty() || pc.base.equals(pp.base)) {
            return of(parent);
        }
        if (pp.base.isEmpty()) {
            return of(child);
        }
        List<String> keys = new ArrayList<>();
        keys.add(pp.base + "/" + pc.base);
        addKeys(pc, keys);
        Optional<Unit> unit = pc.unit.isPresent() ? pc.unit : pp.unit;
        return new HeaderName(parent.strip() + "/" + child.strip(), unit, keys);
    }

    /** The spelling of a profile header as a key comparable with {@link #keys()}. */
    public static String key(String spelling) {
        return parse(spelling).base;
    }

    private static void addKeys(Parsed p, List<String> keys) {
        if (p.base.isEmpty()) {
            return;
        }
        keys.add(p.base);
        if (!p.bare.equals(p.base) && !p.bare.isEmpty()) {
            keys.add(p.bare);
        }
    }

    /** The unit a header names only as a suffix ("用电量千瓦时"), for a second matching attempt. */
    public Optional<HeaderName> withSuffixUnit() {
        if (unit.isPresent() || keys.isEmpty()) {
            return Optional.empty();
        }
        String k = keys.get(keys.size() - 1);
        for (String label : SUFFIX_UNITS) {
            if (k.endsWith(label) && k.length() > label.length()) {
                return Optional.of(new HeaderName(text, Unit.fromLabel(label), List.of(k.substring(0, k.length() - label.length()))));
            }
        }
        return Optional.empty();
    }

    private record Parsed(String base, String bare, Optional<Unit> unit) {
    }

    private static Parsed parse(String cell) {
        String k = Text.headerKey(cell);
        Optional<Unit> unit = Optional.empty();
        StringBuilder base = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        int i = 0;
        while (i < k.length()) {
            char c = k.charAt(i);
            if (c == '(') {
                int close = k.indexOf(')', i);
                if (close < 0) {
                    base.append(k, i, k.length());
                    bare.append(k, i, k.length());
                    break;
                }
                String inner = k.substring(i + 1, close);
                String label = inner.startsWith("单位:") ? inner.substring(3) : inner;
                Optional<Unit> u = Unit.fromLabel(label);
                if (u.isPresent()) {
                    if (unit.isEmpty()) {
                        unit = u;
                    }
                } else {
                    base.append(k, i, close + 1);
                }
                i = close + 1;
            } else {
                base.append(c);
                bare.append(c);
                i++;
            }
        }
        return new Parsed(base.toString(), bare.toString(), unit);
    }
}
