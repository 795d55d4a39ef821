package io.muyield.core.evaluation.scheme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation scheme as loaded from its YAML text (docs/SCHEMES.md): identity and version, where it comes from,
 * the assumptions it makes, its indicators, exemptions, categories with their scoring, adjustments and classes.
 * {@code text} is the document itself; a run keeps it and its SHA-256.
 */
public record Scheme(String id, int version, String title, String titleEn, int year, String source, boolean plainTable,
                     List<Assumption> assumptions, List<IndicatorDefinition> indicators, List<Exemption> exemptions,
                     List<Category> categories, Adjustments adjustments, Classification classification, String text) {

    public Scheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        assumptions = List.copyOf(assumptions);
        indicators = List.copyOf(indicators);
        exemptions = List.copyOf(exemptions);
        categories = List.copyOf(categories);
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(classification, "classification");
    }

    public Optional<IndicatorDefinition> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public int indicatorIndex(String indicatorId) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(indicatorId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Category> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    /** SHA-256 of the scheme text (UTF-8), lower-case hex. */
    public String textSha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same scheme with other categories or classes (a what-if); the text is kept as the base's. */
    public Scheme with(List<Category> newCategories, Classification newClassification) {
        return new Scheme(id, version, title, titleEn, year, source, plainTable, assumptions, indicators, exemptions,
                newCategories, adjustments, newClassification, text);
    }
}
