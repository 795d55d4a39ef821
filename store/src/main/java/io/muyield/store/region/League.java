package io.muyield.store.region;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A ranking of regions on a {@link Scorecard} in one year, with each region's rank the year before. */
public final class League {

    /** One region's row: score, rank (1 = best), the rank a year earlier if it had one, and each metric's part. */
    public record Row(String code, BigDecimal score, int rank, Optional<Integer> previousRank, List<BigDecimal> parts,
                      RegionFigures figures) {
        /** Places gained since last year (positive = up). */
        public Optional<Integer> movement() {
            return previousRank.map(p -> p - rank);
        }
    }

    private League() {
    }

    /**
     * Ranks the regions (every code listed, zero figures for those without data) in {@code year}; ties keep code order.
     * {@code whole} maps each year to the figures of all regions together.
     */
    public static List<Row> rank(List<String> codes, Map<Integer, Map<String, RegionFigures>> byYear, Map<Integer, RegionFigures> whole,
                                 Scorecard card, int year) {
        Map<String, Integer> before = ranks(codes, byYear, whole, card, year - 1);
        List<Row> rows = new ArrayList<>();
        for (Row r : scored(codes, byYear, whole, card, year)) {
            rows.add(new Row(r.code(), r.score(), r.rank(), byYear.containsKey(year - 1) ? Optional.ofNullable(before.get(r.code()))
                    : Optional.empty(), r.parts(), r.figures()));
        }
        return rows;
    }

    private static Map<String, Integer> ranks(List<String> codes, Map<Integer, Map<String, RegionFigures>> byYear,
                                              Map<Integer, RegionFigures> whole, Scorecard card, int year) {
        Map<String, Integer> out = new HashMap<>();
        if (byYear.containsKey(year)) {
            scored(codes, byYear, whole, card, year).forEach(r -> out.put(r.code(), r.rank()));
        }
        return out;
    }

    private static List<Row> scored(List<String> codes, Map<Integer, Map<String, RegionFigures>> byYear, Map<Integer, RegionFigures> whole,
                                    Scorecard card, int year) {
        Map<String, RegionFigures> rows = byYear.getOrDefault(year, Map.of());
        RegionFigures all = whole.getOrDefault(year, RegionFigures.empty("all", year));
        List<Row> out = new ArrayList<>();
        for (String code : codes) {
            RegionFigures f = rows.getOrDefault(code, RegionFigures.empty(code, year));
            List<BigDecimal> parts = new ArrayList<>();
            BigDecimal score = BigDecimal.ZERO;
            for (Scorecard.Item item : card.items()) {
                Optional<BigDecimal> mine = f.exactValue(item.metric());
                Optional<BigDecimal> city = all.exactValue(item.metric());
                BigDecimal part = mine.isPresent() && city.isPresent() && city.get().signum() > 0
                        ? mine.get().multiply(item.weight()).divide(city.get(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO.setScale(4);
                parts.add(part);
                score = score.add(part);
            }
            out.add(new Row(code, score, 0, Optional.empty(), parts, f));
        }
        out.sort(Comparator.comparing(Row::score).reversed().thenComparing(Row::code));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            ranked.add(new Row(r.code(), r.score(), i + 1, Optional.empty(), r.parts(), r.figures()));
        }
        return ranked;
    }
}
