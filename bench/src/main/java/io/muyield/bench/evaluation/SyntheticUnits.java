package io.muyield.bench.evaluation;

import io.muyield.core.evaluation.input.EvaluationInput;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded city of N enterprises built straight into columns (no objects per unit): 40 % 规上, 38 districts, 180
 * industry 小类 codes, the facts of DOMAIN.md §3 with a few per cent missing, tags and events — the shape of the
 * Chongqing preset's input. The same seed gives the same input.
 */
public final class SyntheticUnits {

    private SyntheticUnits() {
    }

    public static EvaluationInput city(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] ids = new String[n];
        String[] districts = new String[n];
        String[] industries = new String[n];
        String[] districtCodes = new String[38];
        for (int d = 0; d < 38; d++) {
            districtCodes[d] = d < 26 ? String.format("5001%02d", d + 1) : String.format("5002%02d", d - 25);
        }
        String[] industryCodes = new String[180];
        for (int i = 0; i < industryCodes.length; i++) {
            int division = i < 3 ? 44 + i : 13 + (i % 31);
            industryCodes[i] = String.format("%02d%02d", division, 10 + i / 31);
        }
        Map<String, double[]> c = new HashMap<>();
        for (String name : new String[]{"above_scale", "land", "land_owned", "tenant", "tax", "revenue", "value_added", "energy",
                "rd_spending", "employees", "cod", "so2", "ammonia_nitrogen", "nox", "electricity", "age_years", "industry_division"}) {
            c.put(name, new double[n]);
        }
        boolean[] highTech = new boolean[n];
        boolean[] specialised = new boolean[n];
        int[] accidents = new int[n];
        int[] penalties = new int[n];
        for (int u = 0; u < n; u++) {
            ids[u] = String.format("U%08d", u);
            districts[u] = districtCodes[r.nextInt(districtCodes.length)];
            int ind = r.nextInt(industryCodes.length);
            industries[u] = industryCodes[ind];
            fill(c, u, r, Integer.parseInt(industries[u].substring(0, 2)));
            highTech[u] = r.nextDouble() < 0.10;
            specialised[u] = r.nextDouble() < 0.03;
            accidents[u] = r.nextDouble() < 0.005 ? 1 : 0;
            penalties[u] = r.nextDouble() < 0.02 ? 1 + r.nextInt(3) : 0;
        }
        return EvaluationInput.ofColumns(2023, ids, null, districts, industries, c,
                Map.of("high_tech", highTech, "specialised", specialised), Map.of("major_safety_accident", accidents, "admin_penalty", penalties), null);
    }

    private static void fill(Map<String, double[]> c, int u, SplittableRandom r, int division) {
        boolean above = r.nextDouble() < 0.4;
        double land = above ? 10 + r.nextDouble() * 200 : 0.5 + r.nextDouble() * 12;
        boolean tenant = !above && r.nextDouble() < 0.05;
        double revenue = above ? 2000 + r.nextDouble() * 80000 : 100 + r.nextDouble() * 1800;
        c.get("above_scale")[u] = above ? 1 : 0;
        c.get("land")[u] = land;
        c.get("land_owned")[u] = tenant ? 0 : land;
        c.get("tenant")[u] = tenant ? 1 : 0;
        c.get("revenue")[u] = revenue;
        c.get("tax")[u] = revenue * (0.01 + r.nextDouble() * 0.06);
        c.get("value_added")[u] = revenue * (0.15 + r.nextDouble() * 0.2);
        c.get("employees")[u] = 5 + r.nextInt(800);
        c.get("electricity")[u] = revenue * (20 + r.nextDouble() * 200);
        c.get("age_years")[u] = r.nextInt(30);
        c.get("industry_division")[u] = division;
        c.get("energy")[u] = r.nextDouble() < 0.9 ? revenue * (0.01 + r.nextDouble() * 0.2) : Double.NaN;
        c.get("rd_spending")[u] = r.nextDouble() < 0.8 ? revenue * r.nextDouble() * 0.05 : Double.NaN;
        boolean emits = r.nextDouble() < 0.7;
        c.get("cod")[u] = emits ? r.nextDouble() * 3 : Double.NaN;
        c.get("so2")[u] = emits ? r.nextDouble() * 2 : Double.NaN;
        c.get("ammonia_nitrogen")[u] = emits ? r.nextDouble() * 0.3 : Double.NaN;
        c.get("nox")[u] = emits ? r.nextDouble() * 2 : Double.NaN;
    }
}
