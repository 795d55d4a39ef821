package io.muyield.store.reference;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterCode;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cluster_33618.csv → the 30 clusters of the 33618 system. Core codes are {@code gbt4754_codes}, related ones
 * {@code gbt4754_codes_related}; a trailing {@code *} marks a code that belongs only in part. The target column holds
 * text such as "1000000000000 (TIER-IMPLIED…)": its leading number is the 2027 target in yuan. A row whose basis is
 * DRAFTED is not an official mapping.
 */
final class ClusterTable {

    static final String FILE = "cluster_33618.csv";
    static final int TARGET_YEAR = 2027;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");

    /** A parsed row: the core record plus the explanatory columns kept for the UI. */
    record Row(Cluster cluster, String nameBasis, String overlaps, String reasoning) {
    }

    private ClusterTable() {
    }

    static List<Row> parse(CsvTable table, IndustryCatalog catalog) {
        return table.map(row -> parseRow(row, catalog));
    }

    private static Row parseRow(CsvRow row, IndustryCatalog catalog) {
        String id = row.required("cluster_id");
        List<ClusterCode> codes = new ArrayList<>();
        codes.addAll(codes(row, "gbt4754_codes", true, catalog));
        codes.addAll(codes(row, "gbt4754_codes_related", false, catalog));
        if (codes.stream().noneMatch(ClusterCode::core)) {
            throw row.problem("cluster " + id + " has no core industry code");
        }
        String basis = row.required("basis");
        Cluster cluster = new Cluster(id, tier(row), row.required("name_zh"), row.required("name_en"), target(row),
                TARGET_YEAR, manufacturing(row), codes, !basis.toUpperCase(java.util.Locale.ROOT).startsWith("DRAFTED"), basis);
        return new Row(cluster, row.get("name_basis"), row.get("overlaps"), row.get("reasoning"));
    }

    static ClusterTier tierOf(String text) {
        String label = text.strip();
        int paren = label.indexOf(" (");
        if (paren > 0) {
            label = label.substring(0, paren).strip();
        }
        return switch (label) {
            case "万亿级主导产业集群" -> ClusterTier.TRILLION;
            case "五千亿级支柱产业集群" -> ClusterTier.FIVE_HUNDRED_BILLION;
            case "千亿级特色优势产业集群" -> ClusterTier.HUNDRED_BILLION;
            case "新星产业集群-高成长性产业", "新星产业集群（高成长性产业）" -> ClusterTier.RISING_STAR_GROWTH;
            case "新星产业集群-未来产业", "新星产业集群（未来产业）" -> ClusterTier.RISING_STAR_FUTURE;
            default -> ClusterTier.valueOf(label);
        };
    }

    private static ClusterTier tier(CsvRow row) {
        String text = row.required("tier");
        try {
            return tierOf(text);
        } catch (IllegalArgumentException e) {
            throw row.problem("unknown cluster tier '" + text + "'");
        }
    }

    private static Optional<BigDecimal> target(CsvRow row) {
        Optional<String> text = row.optional("target_scale_2027_yuan");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LEADING_NUMBER.matcher(text.get());
        if (!m.find()) {
            throw row.problem("target '" + text.get() + "' does not begin with a number of yuan");
        }
        return Optional.of(new BigDecimal(m.group(1)));
    }

    private static boolean manufacturing(CsvRow row) {
        String text = row.required("is_manufacturing");
        if (text.startsWith("Y")) {
            return true;
        }
        if (text.startsWith("N")) {
            return false;
        }
        throw row.problem("is_manufacturing must begin with Y or N, is '" + text + "'");
    }

    private static List<ClusterCode> codes(CsvRow row, String column, boolean core, IndustryCatalog catalog) {
        List<ClusterCode> codes = new ArrayList<>();
        for (String part : row.get(column).split(";")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean partial = s.endsWith("*");
            IndustryCode code = IndustryCode.parse(partial ? s.substring(0, s.length() - 1) : s);
            if (!catalog.contains(code)) {
                throw row.problem(column + " names industry code " + code + ", which GB/T 4754-2017 does not have");
            }
            codes.add(new ClusterCode(code, core, partial));
        }
        return codes;
    }
}
