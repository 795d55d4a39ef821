package io.muyield.ingest.profile;

import io.muyield.ingest.table.RawRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header among the first rows of a sheet: the first row that matches a candidate profile completely, title
 * and blank rows above it skipped. A row may be the top of a two-row header whose parent cells span their children
 * ("用电量(千瓦时)" over "1月 … 12月"): the parent is carried right across the columns where only the row below has
 * text, and the pair is read as "parent/child". The two-row reading wins only when it matches more fields.
 */
public final class HeaderDetector {

    private final List<SourceProfile> candidates;

    public HeaderDetector(List<SourceProfile> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate profile");
        }
        this.candidates = List.copyOf(candidates);
    }

    /** The best complete header at {@code row} (with {@code next} as a possible second header row), if any. */
    public Optional<HeaderLayout> detect(RawRow row, RawRow next) {
        if (row.nonBlankCount() < 2) {
            return Optional.empty();
        }
        List<HeaderName> single = singleNames(row);
        List<HeaderName> twoRow = next != null && next.number() == row.number() + 1 && !next.isBlank() ? combinedNames(row, next) : null;
        HeaderLayout best = null;
        for (SourceProfile p : candidates) {
            HeaderLayout s = HeaderLayout.match(p, single, row.number(), row.number());
            HeaderLayout chosen = s.complete() ? s : null;
            if (twoRow != null) {
                HeaderLayout t = HeaderLayout.match(p, twoRow, row.number(), next.number());
                if (t.complete() && (chosen == null || t.score() > chosen.score())) {
                    chosen = t;
                }
            }
            if (chosen != null && (best == null || chosen.score() > best.score())) {
                best = chosen;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The closest incomplete match among the rows seen, for a message naming the missing columns. */
    public Optional<HeaderLayout> closest(List<RawRow> rows) {
        HeaderLayout best = null;
        for (RawRow r : rows) {
            for (SourceProfile p : candidates) {
                HeaderLayout l = HeaderLayout.match(p, singleNames(r), r.number(), r.number());
                if (best == null || l.score() > best.score()) {
                    best = l;
                }
            }
        }
        return Optional.ofNullable(best).filter(l -> l.score() > 0);
    }

    static List<HeaderName> singleNames(RawRow row) {
        List<HeaderName> names = new ArrayList<>(row.width());
        for (int c = 0; c < row.width(); c++) {
            names.add(HeaderName.of(row.cell(c)));
        }
        return names;
    }

    static List<HeaderName> combinedNames(RawRow parent, RawRow child) {
        int width = Math.max(parent.width(), child.width());
        List<HeaderName> names = new ArrayList<>(width);
        String span = null;
        for (int c = 0; c < width; c++) {
            String p = parent.cell(c).strip();
            String ch = child.cell(c).strip();
            if (!p.isEmpty()) {
                span = ch.isEmpty() ? null : p;
            } else if (ch.isEmpty()) {
                span = null;
            } else if (span != null) {
                p = span;
            }
            names.add(p.isEmpty() ? HeaderName.of(ch) : HeaderName.of(p, ch));
        }
        return names;
    }
}
