package io.muyield.synth;

import io.muyield.core.industry.IndustryCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 小类 the generator draws from, grouped by 大类, with weights by size band and district specialisation.
 * Immutable and shared.
 */
final class IndustryTable {

    /** One drawable 小类. */
    record Subclass(IndustryCode code, String name, int division, String[] words) {
    }

    private final List<Division> divisions = new ArrayList<>();
    private final List<Subclass> subclasses = new ArrayList<>();
    /** Per division index: the subclass indices and their cumulative weights. */
    private final int[][] subclassesOf;
    private final double[][] subclassCumulative;

    IndustryTable() {
        Map<Integer, Integer> divisionIndex = new HashMap<>();
        for (String[] row : Resources.rows("divisions.csv")) {
            Division d = Division.parse(row);
            divisionIndex.put(d.code(), divisions.size());
            divisions.add(d);
        }
        Map<String, String[]> words = new HashMap<>();
        for (String[] row : Resources.rows("industry_words.csv")) {
            words.put(row[0], row[1].split("\\|"));
        }
        Map<String, Double> weights = new HashMap<>();
        for (String[] row : Resources.rows("subclass_weights.csv")) {
            weights.put(row[0], Double.parseDouble(row[1]));
        }
        List<List<Integer>> members = new ArrayList<>();
        divisions.forEach(d -> members.add(new ArrayList<>()));
        for (String[] row : Resources.rows("industries.csv")) {
            Integer div = divisionIndex.get(Integer.parseInt(row[0].substring(0, 2)));
            if (div == null) {
                throw new IllegalStateException("industry " + row[0] + " has no division profile");
            }
            members.get(div).add(subclasses.size());
            subclasses.add(new Subclass(new IndustryCode(row[0]), row[1], div, wordsFor(row[0], words, divisions.get(div))));
        }
        subclassesOf = new int[divisions.size()][];
        subclassCumulative = new double[divisions.size()][];
        for (int d = 0; d < divisions.size(); d++) {
            List<Integer> m = members.get(d);
            if (m.isEmpty()) {
                throw new IllegalStateException("division " + divisions.get(d).code() + " has no 小类");
            }
            subclassesOf[d] = m.stream().mapToInt(Integer::intValue).toArray();
            double[] w = new double[m.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.getOrDefault(subclasses.get(m.get(i)).code().value(), 1.0);
            }
            subclassCumulative[d] = Resources.cumulative(w);
        }
    }

    private static String[] wordsFor(String code, Map<String, String[]> words, Division division) {
        for (int len = 4; len >= 3; len--) {
            String[] w = words.get(code.substring(0, len));
            if (w != null) {
                return w;
            }
        }
        return division.words();
    }

    /** Cumulative division weights for a size band, with the favoured divisions of a region weighted × 3. */
    double[] divisionCumulative(int band, int[] favouredCodes) {
        double[] w = new double[divisions.size()];
        for (int d = 0; d < w.length; d++) {
            Division div = divisions.get(d);
            w[d] = div.weightByBand()[band];
            for (int f : favouredCodes) {
                if (f == div.code()) {
                    w[d] *= 3;
                }
            }
        }
        return Resources.cumulative(w);
    }

    int drawSubclass(int division, Draws d) {
        return subclassesOf[division][d.pick(subclassCumulative[division])];
    }

    Division division(int index) {
        return divisions.get(index);
    }

    Subclass subclass(int index) {
        return subclasses.get(index);
    }

    List<Division> divisions() {
        return List.copyOf(divisions);
    }

    List<Subclass> subclasses() {
        return List.copyOf(subclasses);
    }
}
