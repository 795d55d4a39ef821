package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.PeerScope;

/**
 * Splits units into the peer groups of a scope and gathers a column's values per group (missing values skipped,
 * units in ascending order). Group ids: CATEGORY and CITY → 0, DISTRICT → district index, INDUSTRY → 大类 index.
 */
final class PeerGroups {

    private final PeerScope scope;
    private final int[] members;
    private final int[] groupOfMember;
    private final int groupCount;

    private PeerGroups(PeerScope scope, int[] members, int[] groupOfMember, int groupCount) {
        this.scope = scope;
        this.members = members;
        this.groupOfMember = groupOfMember;
        this.groupCount = groupCount;
    }

    /** The groups of a category's rule: members of the category, or for CITY every scored unit whose model has the indicator. */
    static PeerGroups of(RunState state, PeerScope scope, int category, int indicator) {
        int[] members = scope == PeerScope.CITY ? state.unitsScoring(indicator) : state.members(category);
        int[] groups = new int[members.length];
        int count = 1;
        if (scope == PeerScope.DISTRICT) {
            count = state.input().districtCount();
            for (int i = 0; i < members.length; i++) groups[i] = state.input().districtIndex(members[i]);
        } else if (scope == PeerScope.INDUSTRY) {
            count = state.input().divisionCount();
            for (int i = 0; i < members.length; i++) groups[i] = state.input().divisionIndex(members[i]);
        }
        return new PeerGroups(scope, members, groups, count);
    }

    PeerScope scope() {
        return scope;
    }

    int groupCount() {
        return groupCount;
    }

    /** The group of a unit of the category (units outside the members map by district/industry all the same). */
    int groupOf(RunState state, int unit) {
        return switch (scope) {
            case DISTRICT -> state.input().districtIndex(unit);
            case INDUSTRY -> state.input().divisionIndex(unit);
            default -> 0;
        };
    }

    /** The values present in each group, in ascending unit order. */
    double[][] values(double[] column) {
        int[] sizes = new int[groupCount];
        for (int i = 0; i < members.length; i++) {
            if (!Double.isNaN(column[members[i]])) {
                sizes[groupOfMember[i]]++;
            }
        }
        double[][] out = new double[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            out[g] = new double[sizes[g]];
        }
        int[] fill = new int[groupCount];
        for (int i = 0; i < members.length; i++) {
            double v = column[members[i]];
            if (!Double.isNaN(v)) {
                int g = groupOfMember[i];
                out[g][fill[g]++] = v;
            }
        }
        return out;
    }

    /** Pairs of sums (numerator, denominator) per group over units where both are present and the denominator positive. */
    double[][] ratioSums(double[] numerator, double[] denominator) {
        double[][] out = new double[groupCount][3];
        for (int i = 0; i < members.length; i++) {
            double a = numerator[members[i]];
            double b = denominator[members[i]];
            if (!Double.isNaN(a) && !Double.isNaN(b) && b > 0) {
                double[] g = out[groupOfMember[i]];
                g[0] += a;
                g[1] += b;
                g[2]++;
            }
        }
        return out;
    }
}
