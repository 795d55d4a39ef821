package io.muyield.store.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.relatedness.ProductSpace;
import io.muyield.store.query.Condition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where each 新星 cluster is best placed to grow: the product space of districts × main industries (activity = output,
 * 万元, of the year), and for every district the density of related capability around each 新星 cluster's industries
 * (docs/RELATEDNESS.md). Computed from the same cube as the cluster figures, within the caller's scope.
 */
public final class RisingStarPlacement {

    /**
     * A 新星 cluster for one district: density, the district's RCA in the cluster as a whole, and why, in two separate
     * lists: the cluster's own industries the district already has (RCA ≥ 1) and the district's other industries close
     * to them (proximity φ to a member).
     */
    public record Placement(Cluster cluster, double density, double clusterRca, int industriesInCity,
                            List<ProductSpace.Strength> existing, List<ProductSpace.Link> related) {
    }

    /** One district's 新星 clusters, best placed first. */
    public record DistrictPlacements(String district, List<Placement> clusters) {
    }

    private final FactCubeRepository cubes;
    private final ClusterRepository clusters;

    public RisingStarPlacement(FactCubeRepository cubes, ClusterRepository clusters) {
        this.cubes = cubes;
        this.clusters = clusters;
    }

    /** Every district with output in the year, each with the 18 新星 clusters ranked by density (up to {@code reasonsPerCluster} of each kind of reason). */
    public List<DistrictPlacements> rank(int year, Condition scope, int reasonsPerCluster) {
        FactCube cube = cubes.cube(scope);
        TreeSet<String> districts = new TreeSet<>();
        TreeSet<String> industries = new TreeSet<>();
        for (int c = 0; c < cube.size(); c++) {
            if (cube.year(c) == year && cube.output(c) > 0) {
                districts.add(cube.district(c));
                industries.add(cube.industry(c));
            }
        }
        List<String> rs = new ArrayList<>(districts);
        List<String> is = new ArrayList<>(industries);
        Map<String, Integer> ri = index(rs);
        Map<String, Integer> ii = index(is);
        double[][] x = new double[rs.size()][is.size()];
        for (int c = 0; c < cube.size(); c++) {
            if (cube.year(c) == year && cube.output(c) > 0) {
                x[ri.get(cube.district(c))][ii.get(cube.industry(c))] += cube.output(c) / 1e6;
            }
        }
        ProductSpace space = new ProductSpace(rs, is, x);
        List<Cluster> stars = clusters.taxonomy().all().stream().filter(k -> k.tier().isRisingStar()).toList();
        Map<String, List<Integer>> members = new HashMap<>();
        for (Cluster k : stars) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < is.size(); i++) {
                if (k.counts(new IndustryCode(is.get(i)))) {
                    in.add(i);
                }
            }
            members.put(k.id(), in);
        }
        List<DistrictPlacements> out = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) {
            List<Placement> ps = new ArrayList<>();
            for (Cluster k : stars) {
                List<Integer> in = members.get(k.id());
                ps.add(new Placement(k, space.density(r, in), clusterRca(x, r, in), in.size(), space.existing(r, in, reasonsPerCluster),
                        space.related(r, in, reasonsPerCluster)));
            }
            ps.sort(Comparator.comparingDouble(Placement::density).reversed().thenComparing(p -> p.cluster().id()));
            out.add(new DistrictPlacements(rs.get(r), ps));
        }
        return out;
    }

    /** (district's output in the cluster ÷ district's output) ÷ (city output in the cluster ÷ city output); 0 without any. */
    private static double clusterRca(double[][] x, int r, List<Integer> in) {
        double mine = 0;
        double mineAll = 0;
        double city = 0;
        double cityAll = 0;
        for (int q = 0; q < x.length; q++) {
            for (int i = 0; i < x[q].length; i++) {
                cityAll += x[q][i];
                if (q == r) {
                    mineAll += x[q][i];
                }
            }
            for (int i : in) {
                city += x[q][i];
                if (q == r) {
                    mine += x[q][i];
                }
            }
        }
        return city == 0 || mineAll == 0 ? 0 : (mine / mineAll) / (city / cityAll);
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), i);
        }
        return out;
    }
}
