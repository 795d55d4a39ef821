package io.muyield.core.relatedness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The product space of Hidalgo, Klinger, Barabási &amp; Hausmann (2007) applied to regions × industries (docs/RELATEDNESS.md):
 * from the activity X[r][i] (e.g. output of industry i in district r),
 * RCA[r][i] = (X[r][i] ÷ Σᵢ X[r][i]) ÷ (Σᵣ X[r][i] ÷ Σᵣᵢ X), M[r][i] = 1 when RCA ≥ 1;
 * proximity φ[i][j] = Σᵣ M[r][i]·M[r][j] ÷ max(Σᵣ M[r][i], Σᵣ M[r][j]) = min(P(M_i | M_j), P(M_j | M_i));
 * density d[r][j] = Σ_{i≠j} M[r][i]·φ[i][j] ÷ Σ_{i≠j} φ[i][j], the share of what j is close to that r already has.
 */
public final class ProductSpace {

    private final List<String> regions;
    private final List<String> industries;
    private final double[][] rca;
    private final boolean[][] present;
    private final double[][] proximity;

    public ProductSpace(List<String> regions, List<String> industries, double[][] activity) {
        this.regions = List.copyOf(regions);
        this.industries = List.copyOf(industries);
        int nr = regions.size();
        int ni = industries.size();
        if (activity.length != nr) {
            throw new IllegalArgumentException("activity has " + activity.length + " rows for " + nr + " regions");
        }
        double[] regionTotal = new double[nr];
        double[] industryTotal = new double[ni];
        double total = 0;
        for (int r = 0; r < nr; r++) {
            if (activity[r].length != ni) {
                throw new IllegalArgumentException("row " + r + " has " + activity[r].length + " values for " + ni + " industries");
            }
            for (int i = 0; i < ni; i++) {
                double x = activity[r][i];
                if (x < 0 || Double.isNaN(x)) {
                    throw new IllegalArgumentException("activity must be ≥ 0, was " + x + " at " + regions.get(r) + "/" + industries.get(i));
                }
                regionTotal[r] += x;
                industryTotal[i] += x;
                total += x;
            }
        }
        rca = new double[nr][ni];
        present = new boolean[nr][ni];
        for (int r = 0; r < nr; r++) {
            for (int i = 0; i < ni; i++) {
                if (regionTotal[r] > 0 && industryTotal[i] > 0) {
                    rca[r][i] = (activity[r][i] / regionTotal[r]) / (industryTotal[i] / total);
                    present[r][i] = rca[r][i] >= 1.0;
                }
            }
        }
        proximity = proximities(present, nr, ni);
    }

    private static double[][] proximities(boolean[][] m, int nr, int ni) {
        int[] ubiquity = new int[ni];
        for (boolean[] row : m) {
            for (int i = 0; i < ni; i++) {
                ubiquity[i] += row[i] ? 1 : 0;
            }
        }
        double[][] phi = new double[ni][ni];
        for (int i = 0; i < ni; i++) {
            for (int j = i; j < ni; j++) {
                int both = 0;
                for (int r = 0; r < nr; r++) {
                    both += m[r][i] && m[r][j] ? 1 : 0;
                }
                int larger = Math.max(ubiquity[i], ubiquity[j]);
                phi[i][j] = phi[j][i] = larger == 0 ? 0 : (double) both / larger;
            }
        }
        return phi;
    }

    public List<String> regions() {
        return regions;
    }

    public List<String> industries() {
        return industries;
    }

    public int regionIndex(String region) {
        return index(regions, region);
    }

    public int industryIndex(String industry) {
        return index(industries, industry);
    }

    public double rca(int region, int industry) {
        return rca[region][industry];
    }

    /** M[r][i]: the region has a revealed comparative advantage in the industry (RCA ≥ 1). */
    public boolean present(int region, int industry) {
        return present[region][industry];
    }

    public double proximity(int i, int j) {
        return proximity[i][j];
    }

    /** d[r][j]; 0 when j is close to nothing. */
    public double density(int region, int industry) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < industries.size(); i++) {
            if (i != industry) {
                den += proximity[i][industry];
                num += present[region][i] ? proximity[i][industry] : 0;
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** The density of a set of industries (a cluster): the mean of their densities; 0 for an empty set. */
    public double density(int region, List<Integer> targets) {
        return targets.stream().mapToDouble(j -> density(region, j)).average().orElse(0);
    }

    /**
     * The region's existing strength in a set of industries (a cluster): the members it already has (M = 1), each with
     * its RCA, strongest first.
     */
    public List<Strength> existing(int region, List<Integer> targets, int limit) {
        List<Strength> out = new ArrayList<>();
        for (int j : new java.util.TreeSet<>(targets)) {
            if (present[region][j]) {
                out.add(new Strength(industries.get(j), rca[region][j]));
            }
        }
        out.sort(Comparator.comparingDouble(Strength::rca).reversed().thenComparing(Strength::industry));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /**
     * Why a region is close to a set of industries it may not have: the other industries it has (M = 1, not members of
     * the set), each with the member it is closest to and their proximity φ (&gt; 0), closest first.
     */
    public List<Link> related(int region, List<Integer> targets, int limit) {
        java.util.Set<Integer> members = new java.util.HashSet<>(targets);
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < industries.size(); i++) {
            if (!present[region][i] || members.contains(i)) {
                continue;
            }
            double best = 0;
            String to = null;
            for (int j : targets) {
                if (proximity[i][j] > best || (proximity[i][j] == best && best > 0 && industries.get(j).compareTo(to) < 0)) {
                    best = proximity[i][j];
                    to = industries.get(j);
                }
            }
            if (best > 0) {
                out.add(new Link(industries.get(i), to, best, rca[region][i]));
            }
        }
        out.sort(Comparator.comparingDouble(Link::proximity).reversed().thenComparing(Link::industry));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** A member industry of the set that the region already has (RCA ≥ 1), with its RCA. */
    public record Strength(String industry, double rca) {
        public Strength {
            Objects.requireNonNull(industry);
        }
    }

    /** An industry a region has outside the set, the member industry it is closest to, their proximity φ, and the region's RCA in it. */
    public record Link(String industry, String closestTarget, double proximity, double rca) {
        public Link {
            Objects.requireNonNull(industry);
            Objects.requireNonNull(closestTarget);
        }
    }

    private static int index(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown: " + name);
        }
        return i;
    }
}
