package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The chongqing-2023 preset written by hand as one DuckDB SQL statement, for the side-by-side benchmark with the engine
 * (docs/BENCHMARKS.md, "Evaluation: engine vs DuckDB SQL"): exemptions, categories, the seven indicator formulas
 * (zero denominators → missing), fixed and aggregate-ratio (Σ ÷ Σ) benchmarks, ratio scoring with cap 1.5 and floor 0,
 * missing → 0 except emissions → the category's mean score, weights, capped bonuses and deductions, quotas A 20 / B 45 /
 * C 30 / D 5 % within category × district in the engine's order (total, then weighted parts, then id), the three
 * vetoes, tenants taking their landlord's class, and the city, district and industry ranks. Its results are compared
 * unit by unit with the engine's in ChongqingSqlTest.
 */
public final class ChongqingSql {

    static final List<String> NUMBERS = List.of("above_scale", "land", "tenant", "tax", "revenue", "value_added", "energy", "rd_spending",
            "employees", "electricity", "cod", "ammonia_nitrogen", "so2", "nox", "age_years", "industry_division");
    static final List<String> TAGS = List.of("high_tech", "specialised", "little_giant", "champion", "listed", "chain_leader",
            "policy_relocation", "new_land");
    static final List<String> EVENTS = List.of("major_safety_accident", "serious_dishonesty", "environmental_violation", "admin_penalty");

    private ChongqingSql() {
    }

    /** Loads the input into table {@code u} (NULL = missing), replacing it. */
    public static void load(Connection connection, EvaluationInput input) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TABLE u (id VARCHAR, district VARCHAR, industry VARCHAR, division VARCHAR, landlord VARCHAR");
        NUMBERS.forEach(c -> ddl.append(", ").append(c).append(" DOUBLE"));
        TAGS.forEach(c -> ddl.append(", ").append(c).append(" BOOLEAN"));
        EVENTS.forEach(c -> ddl.append(", ").append(c).append(" INTEGER"));
        ddl.append(')');
        try (Statement s = connection.createStatement()) {
            s.execute(ddl.toString());
        }
        double[][] numbers = NUMBERS.stream().map(c -> input.column(c).orElse(null)).toArray(double[][]::new);
        boolean[][] tags = TAGS.stream().map(c -> input.tagColumn(c).orElse(null)).toArray(boolean[][]::new);
        int[][] events = EVENTS.stream().map(c -> input.eventColumn(c).orElse(null)).toArray(int[][]::new);
        try (DuckDBAppender a = connection.unwrap(DuckDBConnection.class).createAppender("u")) {
            for (int i = 0; i < input.size(); i++) {
                a.beginRow();
                a.append(input.id(i));
                a.append(input.districtCode(i));
                a.append(input.industryCode(i));
                a.append(input.divisionCode(i));
                String landlord = input.landlordId(i).orElse(null);
                if (landlord == null) a.appendNull(); else a.append(landlord);
                for (double[] c : numbers) {
                    if (c == null || Double.isNaN(c[i])) a.appendNull(); else a.append(c[i]);
                }
                for (boolean[] c : tags) {
                    a.append(c != null && c[i]);
                }
                for (int[] c : events) {
                    a.append(c == null ? 0 : c[i]);
                }
                a.endRow();
            }
        }
    }

    /** Evaluates table {@code u} into table {@code sql_result} (id, category, total, class, ranks). */
    public static void run(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(SQL);
        }
    }

    static final String SQL = """
            CREATE OR REPLACE TABLE sql_result AS
            WITH x AS (
              SELECT *,
                CASE WHEN industry_division IN (44, 45, 46) THEN 'utilities'
                     WHEN age_years < 2 THEN 'young'
                     WHEN policy_relocation THEN 'relocation'
                     WHEN new_land THEN 'new_land' END AS exemption
              FROM u),
            c AS (
              SELECT *,
                CASE WHEN exemption = 'utilities' THEN NULL
                     WHEN above_scale = 1 AND land > 0 THEN 'above_scale'
                     WHEN above_scale = 0 AND tenant = 1 THEN 'tenant'
                     WHEN above_scale = 0 AND land >= 3 THEN 'below_scale_3mu_or_more'
                     WHEN above_scale = 0 AND land > 0 AND land < 3 THEN 'below_scale_under_3mu' END AS category,
                value_added / NULLIF(land, 0) AS va_mu,
                tax / NULLIF(land, 0) AS tax_mu,
                value_added / NULLIF(energy, 0) AS energy_prod,
                rd_spending / NULLIF(revenue, 0) * 100 AS rd,
                value_added / NULLIF(employees, 0) AS labour,
                value_added / NULLIF(CASE WHEN cod IS NULL AND ammonia_nitrogen IS NULL AND so2 IS NULL AND nox IS NULL THEN NULL
                  ELSE COALESCE(cod, 0) + COALESCE(ammonia_nitrogen, 0) + COALESCE(so2, 0) + COALESCE(nox, 0) END, 0) AS emission,
                tax / NULLIF(electricity, 0) * 10000 AS tax_kwh
              FROM x),
            bm AS (
              SELECT category,
                SUM(tax) FILTER (WHERE tax IS NOT NULL AND land > 0) / SUM(land) FILTER (WHERE tax IS NOT NULL AND land > 0) AS b_tax_mu,
                SUM(tax) FILTER (WHERE tax IS NOT NULL AND electricity > 0)
                  / SUM(electricity) FILTER (WHERE tax IS NOT NULL AND electricity > 0) * 10000 AS b_tax_kwh
              FROM c WHERE category IN ('below_scale_3mu_or_more', 'below_scale_under_3mu') GROUP BY category),
            s AS (
              SELECT c.*,
                CASE WHEN category = 'above_scale' THEN LEAST(GREATEST(COALESCE(va_mu, 0) / 166.87, 0), 1.5) END AS s_va,
                CASE WHEN category = 'above_scale' THEN LEAST(GREATEST(COALESCE(tax_mu, 0) / 18.98, 0), 1.5)
                     WHEN category IN ('below_scale_3mu_or_more', 'below_scale_under_3mu')
                       THEN LEAST(GREATEST(COALESCE(tax_mu, 0) / bm.b_tax_mu, 0), 1.5) END AS s_tax,
                CASE WHEN category = 'above_scale' THEN LEAST(GREATEST(COALESCE(energy_prod, 0) / 2.24, 0), 1.5) END AS s_energy,
                CASE WHEN category = 'above_scale' THEN LEAST(GREATEST(COALESCE(rd, 0) / 2, 0), 1.5) END AS s_rd,
                CASE WHEN category = 'above_scale' THEN LEAST(GREATEST(COALESCE(labour, 0) / 50, 0), 1.5) END AS s_labour,
                CASE WHEN category = 'above_scale' AND emission IS NOT NULL THEN LEAST(GREATEST(emission / 365, 0), 1.5) END AS s_emission0,
                CASE WHEN category = 'below_scale_3mu_or_more' THEN LEAST(GREATEST(COALESCE(tax_kwh, 0) / bm.b_tax_kwh, 0), 1.5) END AS s_kwh
              FROM c LEFT JOIN bm USING (category)),
            m AS (
              SELECT *, CASE WHEN category = 'above_scale' THEN COALESCE(s_emission0, AVG(s_emission0) OVER (PARTITION BY category)) END AS s_emission
              FROM s),
            w AS (
              SELECT *,
                CASE category
                  WHEN 'above_scale' THEN 25 * s_va + 25 * s_tax + 15 * s_energy + 15 * s_rd + 10 * s_labour + 10 * s_emission
                  WHEN 'below_scale_3mu_or_more' THEN 60 * s_tax + 40 * s_kwh
                  WHEN 'below_scale_under_3mu' THEN 100 * s_tax END AS aggregate,
                CASE category WHEN 'above_scale' THEN 25 * s_va WHEN 'below_scale_3mu_or_more' THEN 60 * s_tax
                  WHEN 'below_scale_under_3mu' THEN 100 * s_tax END AS p1,
                CASE category WHEN 'above_scale' THEN 25 * s_tax WHEN 'below_scale_3mu_or_more' THEN 40 * s_kwh END AS p2,
                CASE category WHEN 'above_scale' THEN 15 * s_energy END AS p3,
                CASE category WHEN 'above_scale' THEN 15 * s_rd END AS p4,
                CASE category WHEN 'above_scale' THEN 10 * s_labour END AS p5,
                CASE category WHEN 'above_scale' THEN 10 * s_emission END AS p6,
                LEAST((CASE WHEN high_tech THEN 2 ELSE 0 END) + (CASE WHEN specialised THEN 2 ELSE 0 END)
                  + (CASE WHEN little_giant THEN 3 ELSE 0 END) + (CASE WHEN champion THEN 3 ELSE 0 END)
                  + (CASE WHEN listed THEN 2 ELSE 0 END) + (CASE WHEN chain_leader THEN 2 ELSE 0 END), 5) AS bonus,
                LEAST(admin_penalty * 1, 5) AS deduction
              FROM m),
            t AS (
              SELECT *, aggregate + bonus - deduction AS total,
                category IN ('above_scale', 'below_scale_3mu_or_more', 'below_scale_under_3mu') AND aggregate IS NOT NULL AS ranked
              FROM w),
            q AS (
              SELECT *,
                CASE WHEN ranked AND exemption IS NULL THEN
                  ROW_NUMBER() OVER (PARTITION BY category, district, ranked AND exemption IS NULL
                    ORDER BY total DESC, p1 DESC NULLS LAST, p2 DESC NULLS LAST, p3 DESC NULLS LAST, p4 DESC NULLS LAST,
                             p5 DESC NULLS LAST, p6 DESC NULLS LAST, id) END AS position,
                COUNT(*) FILTER (WHERE ranked AND exemption IS NULL) OVER (PARTITION BY category, district) AS group_size,
                CASE WHEN ranked THEN ROW_NUMBER() OVER (PARTITION BY category, ranked ORDER BY total DESC, p1 DESC NULLS LAST,
                  p2 DESC NULLS LAST, p3 DESC NULLS LAST, p4 DESC NULLS LAST, p5 DESC NULLS LAST, p6 DESC NULLS LAST, id) END AS rank_city,
                CASE WHEN ranked THEN ROW_NUMBER() OVER (PARTITION BY category, district, ranked ORDER BY total DESC, p1 DESC NULLS LAST,
                  p2 DESC NULLS LAST, p3 DESC NULLS LAST, p4 DESC NULLS LAST, p5 DESC NULLS LAST, p6 DESC NULLS LAST, id) END AS rank_district,
                CASE WHEN ranked THEN ROW_NUMBER() OVER (PARTITION BY category, division, ranked ORDER BY total DESC, p1 DESC NULLS LAST,
                  p2 DESC NULLS LAST, p3 DESC NULLS LAST, p4 DESC NULLS LAST, p5 DESC NULLS LAST, p6 DESC NULLS LAST, id) END AS rank_industry
              FROM t),
            k AS (
              SELECT *,
                CASE WHEN position IS NULL THEN NULL
                     WHEN position <= group_size * 20 // 100 THEN 0
                     WHEN position <= group_size * 65 // 100 THEN 1
                     WHEN position <= group_size * 95 // 100 THEN 2 ELSE 3 END AS class_before_veto
              FROM q),
            v AS (
              SELECT *,
                CASE WHEN class_before_veto IS NULL THEN NULL
                     ELSE LEAST((CASE WHEN major_safety_accident > 0 OR serious_dishonesty > 0 THEN 3 ELSE class_before_veto END)
                                + (CASE WHEN environmental_violation > 0 THEN 1 ELSE 0 END), 3) END AS class_own
              FROM k),
            i AS (
              SELECT v.*, CASE WHEN v.category <> 'tenant' OR v.category IS NULL THEN v.class_own
                  WHEN l.class_own IS NULL THEN NULL
                  ELSE LEAST((CASE WHEN v.major_safety_accident > 0 OR v.serious_dishonesty > 0 THEN 3 ELSE l.class_own END)
                        + (CASE WHEN v.environmental_violation > 0 THEN 1 ELSE 0 END), 3) END AS class_index
              FROM v LEFT JOIN v l ON l.id = v.landlord AND v.category = 'tenant' AND l.category IS DISTINCT FROM 'tenant')
            SELECT id, category, total, CASE class_index WHEN 0 THEN 'A' WHEN 1 THEN 'B' WHEN 2 THEN 'C' WHEN 3 THEN 'D' END AS class_label,
              rank_city, rank_district, rank_industry
            FROM i
            """;
}
