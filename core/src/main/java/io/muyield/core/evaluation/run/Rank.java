package io.muyield.core.evaluation.run;

/**
 * Ranks every scored unit 1..N within its category city-wide, within its category and district, and within its
 * category and industry (大类), in the deterministic score order; also keeps the size of each pool.
 */
final class Rank implements Step {

    public Stage stage() {
        return Stage.RANK;
    }

    public void apply(RunState s) {
        int cats = s.categories().size();
        int d = s.input.districtCount();
        int v = s.input.divisionCount();
        s.rankCity = new int[s.n];
        s.rankDistrict = new int[s.n];
        s.rankIndustry = new int[s.n];
        int[] city = new int[cats];
        int[] district = new int[cats * d];
        int[] industry = new int[cats * v];
        int[] order = s.order;
        RowChunks.forEachTask(3, task -> {
            if (task == 0) {
                for (int u : order) s.rankCity[u] = ++city[s.category[u]];
            } else if (task == 1) {
                for (int u : order) s.rankDistrict[u] = ++district[s.category[u] * d + s.input.districtIndex(u)];
            } else {
                for (int u : order) s.rankIndustry[u] = ++industry[s.category[u] * v + s.input.divisionIndex(u)];
            }
        });
        s.poolCity = city;
        s.poolDistrict = district;
        s.poolIndustry = industry;
        s.log.entry(stage().label(), "").parameter("order", "total desc, then weighted parts in indicator order desc, then id asc")
                .count("ranked", s.order.length).add("ranks within category (city-wide), category × district, category × industry (大类)");
    }
}
