package io.muyield.core.evaluation;

import io.muyield.core.evaluation.input.UnitRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small seeded city of enterprises for tests: several districts and industries, some gaps, tags and events. */
public final class SyntheticCity {

    private SyntheticCity() {
    }

    public static List<UnitRecord> units(int n, long seed) {
        Random r = new Random(seed);
        String[] districts = {"500101", "500102", "500103", "500112", "500113"};
        String[] industries = {"3670", "3911", "2614", "3411", "1310", "4411"};
        List<UnitRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean above = r.nextDouble() < 0.4;
            double land = above ? 10 + r.nextDouble() * 200 : 0.5 + r.nextDouble() * 12;
            double revenue = above ? 2000 + r.nextDouble() * 80000 : 100 + r.nextDouble() * 1800;
            Units u = Units.unit(String.format("9150%014d", i)).district(districts[r.nextInt(districts.length)])
                    .industry(industries[r.nextInt(industries.length)]).with("above_scale", above ? 1 : 0).with("land", land)
                    .with("land_owned", land).with("tenant", 0).with("revenue", revenue).with("tax", revenue * (0.01 + r.nextDouble() * 0.06))
                    .with("value_added", revenue * (0.15 + r.nextDouble() * 0.2)).with("employees", 5 + r.nextInt(800))
                    .with("electricity", revenue * (20 + r.nextDouble() * 200)).with("age_years", 1 + r.nextInt(30));
            if (r.nextDouble() < 0.9) u.with("energy", revenue * (0.01 + r.nextDouble() * 0.2));
            if (r.nextDouble() < 0.8) u.with("rd_spending", revenue * r.nextDouble() * 0.05);
            if (r.nextDouble() < 0.7) u.with("cod", r.nextDouble() * 3).with("so2", r.nextDouble() * 2);
            if (r.nextDouble() < 0.1) u.tags("high_tech");
            if (r.nextDouble() < 0.01) u.event("major_safety_accident", 1);
            if (r.nextDouble() < 0.02) u.event("admin_penalty", 1 + r.nextInt(3));
            out.add(u.build());
        }
        return out;
    }
}
