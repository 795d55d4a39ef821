package io.muyield.store.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.input.UnitRecord;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.scheme.SchemePresets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded input of n units in the shape of the Chongqing preset's: 规上 and 规下, tenants with landlords, utilities
 * (exempt), young firms, missing values, tags and events, five districts — so a stored run has every kind of row.
 */
final class SyntheticRun {

    static final String[] DISTRICTS = {"500101", "500103", "500112", "500113", "500231"};
    static final String[] INDUSTRIES = {"3612", "3974", "1311", "3411", "4411", "2614"};

    private SyntheticRun() {
    }

    static EvaluationInput input(int n, int year, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<UnitRecord> rows = new ArrayList<>();
        List<String> landlords = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            String id = String.format("U%05d", u);
            String industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
            boolean above = r.nextDouble() < 0.5;
            boolean tenant = !above && r.nextDouble() < 0.1 && !landlords.isEmpty();
            Map<String, Double> v = new HashMap<>();
            double land = tenant ? 0 : above ? 5 + r.nextDouble() * 100 : 0.5 + r.nextDouble() * 8;
            v.put("above_scale", above ? 1.0 : 0.0);
            v.put("land", land);
            v.put("land_owned", land);
            v.put("tenant", tenant ? 1.0 : 0.0);
            v.put("has_landlord", tenant ? 1.0 : 0.0);
            v.put("industry_division", Double.parseDouble(industry.substring(0, 2)));
            v.put("age_years", (double) r.nextInt(12));
            v.put("tax", land * (5 + r.nextDouble() * 30));
            v.put("electricity", 1e5 + r.nextDouble() * 1e6);
            if (above) {
                v.put("value_added", land * (50 + r.nextDouble() * 300));
                v.put("revenue", land * (300 + r.nextDouble() * 900));
                v.put("energy", 10 + r.nextDouble() * 1000);
                v.put("employees", 20 + r.nextInt(500) * 1.0);
                if (r.nextDouble() < 0.9) {
                    v.put("rd_spending", r.nextDouble() * 500);
                }
                if (r.nextDouble() < 0.8) {
                    v.put("cod", r.nextDouble() * 5);
                    v.put("so2", r.nextDouble() * 3);
                }
            }
            Set<String> tags = r.nextDouble() < 0.15 ? Set.of("high_tech") : r.nextDouble() < 0.05 ? Set.of("specialised", "listed") : Set.of();
            Map<String, Integer> events = r.nextDouble() < 0.05 ? Map.of("admin_penalty", 1 + r.nextInt(3))
                    : r.nextDouble() < 0.02 ? Map.of("major_safety_accident", 1)
                    : r.nextDouble() < 0.02 ? Map.of("environmental_violation", 1) : Map.of();
            Optional<String> landlord = tenant ? Optional.of(landlords.get(r.nextInt(landlords.size()))) : Optional.empty();
            if (above) {
                landlords.add(id);
            }
            rows.add(new UnitRecord(id, "企业\"" + u + "\",有限公司", DISTRICTS[r.nextInt(DISTRICTS.length)], industry, v, tags, events, landlord));
        }
        return EvaluationInput.of(year, rows);
    }

    static EvaluationRun run(int n, int year, long seed) {
        return EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), input(n, year, seed));
    }
}
