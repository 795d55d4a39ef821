package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.IndicatorRule;
import io.muyield.core.evaluation.scheme.Scheme;

import java.util.List;

/**
 * The columns of a run while it is computed. Every step writes new arrays for its outputs (never into arrays of an
 * earlier step), so a what-if can share the upstream arrays of a finished run and recompute only downstream.
 * Unit indexes are the input's rows (id order); indicator indexes are the scheme's indicator list.
 */
final class RunState {

    static final byte NOTE_NONE = 0, NOTE_IMPUTED = 1, NOTE_CLIPPED_LOW = 2, NOTE_CLIPPED_HIGH = 3, NOTE_MISSING = 4, NOTE_MEAN_SCORE = 5, NOTE_MARKED = 6;

    final Scheme scheme;
    final EvaluationInput input;
    final MethodologyLog log;
    final int n;
    final InputColumns columns;

    byte[] status;
    int[] category;
    int[] exemption;
    boolean[] noClass;
    int[][] members;
    boolean[] scoredCategory;
    IndicatorRule[][] rules;
    int[][] ruleIndicator;
    int[][] ruleDimension;
    RuleFit[][] fits;
    private int[][] scoringUnits;

    double[][] raw;
    double[][] value;
    byte[][] note;
    double[][] benchmark;
    double[][] normalised;
    double[][] capped;
    double[][] weighted;
    double[][] dimension;
    double[] aggregate;
    double[] bonus;
    double[] deduction;
    double[] total;
    boolean[] marked;
    int[] orderByTotal;
    int[] order;
    byte[] classBeforeVeto;
    byte[] classFinal;
    int[] rankCity;
    int[] rankDistrict;
    int[] rankIndustry;
    int[] poolCity;
    int[] poolDistrict;
    int[] poolIndustry;

    RunState(Scheme scheme, EvaluationInput input, MethodologyLog log) {
        this.scheme = scheme;
        this.input = input;
        this.log = log;
        this.n = input.size();
        this.columns = new InputColumns(input, scheme.plainTable());
    }

    /** A state for a what-if: shares every array of {@code base}, with another scheme and a fresh log. */
    RunState(RunState base, Scheme changed, MethodologyLog log) {
        this(changed, base.input, log);
        status = base.status;
        category = base.category;
        exemption = base.exemption;
        noClass = base.noClass;
        members = base.members;
        scoredCategory = base.scoredCategory;
        ruleIndicator = base.ruleIndicator;
        ruleDimension = base.ruleDimension;
        scoringUnits = base.scoringUnits;
        raw = base.raw;
        value = base.value;
        note = base.note;
        benchmark = base.benchmark;
        normalised = base.normalised;
        capped = base.capped;
        weighted = base.weighted;
        dimension = base.dimension;
        aggregate = base.aggregate;
        bonus = base.bonus;
        deduction = base.deduction;
        total = base.total;
        marked = base.marked;
        rules = RuleTable.rules(changed);
        fits = new RuleFit[base.fits.length][];
        for (int c = 0; c < fits.length; c++) {
            fits[c] = new RuleFit[base.fits[c].length];
            for (int r = 0; r < fits[c].length; r++) {
                fits[c][r] = base.fits[c][r].withRule(rules[c][r]);
                fits[c][r].benchmarkNote = base.fits[c][r].benchmarkNote;
                fits[c][r].normaliserGroups = base.fits[c][r].normaliserGroups;
                fits[c][r].normalisers = base.fits[c][r].normalisers;
                fits[c][r].scoreGroups = base.fits[c][r].scoreGroups;
                fits[c][r].meanScore = base.fits[c][r].meanScore;
            }
        }
    }

    EvaluationInput input() {
        return input;
    }

    int[] members(int c) {
        return members[c];
    }

    Category categoryAt(int c) {
        return scheme.categories().get(c);
    }

    List<Category> categories() {
        return scheme.categories();
    }

    boolean scored(int c) {
        return scoredCategory[c];
    }

    /** Units of any scored category whose model has the indicator, ascending. */
    int[] unitsScoring(int indicator) {
        if (scoringUnits == null) {
            scoringUnits = new int[scheme.indicators().size()][];
        }
        if (scoringUnits[indicator] == null) {
            int[] merged = new int[0];
            for (int c = 0; c < members.length; c++) {
                boolean uses = false;
                for (int k : ruleIndicator[c]) {
                    uses |= k == indicator;
                }
                if (uses) {
                    merged = merged.length == 0 ? members[c] : merge(merged, members[c]);
                }
            }
            scoringUnits[indicator] = merged;
        }
        return scoringUnits[indicator];
    }

    /** Whether some category scores the indicator; unused indicators are not computed (their columns are all missing). */
    boolean used(int indicator) {
        for (int[] ks : ruleIndicator) {
            for (int k : ks) {
                if (k == indicator) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, o = 0;
        while (i < a.length && j < b.length) {
            out[o++] = a[i] < b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) out[o++] = a[i++];
        while (j < b.length) out[o++] = b[j++];
        return out;
    }

    UnitStatus statusOf(int u) {
        return UnitStatus.values()[status[u]];
    }

    /** Column k of a per-indicator result, created filled with NaN (= no value) the first time a step writes it. */
    static void allocateMissing(double[][] columns, int k, int n) {
        if (columns[k] == null) {
            columns[k] = new double[n];
            java.util.Arrays.fill(columns[k], Double.NaN);
        }
    }
}
