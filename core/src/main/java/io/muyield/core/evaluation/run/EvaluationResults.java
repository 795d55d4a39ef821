package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.AdjustmentRule;
import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.ClassBand;
import io.muyield.core.evaluation.scheme.Classification;
import io.muyield.core.evaluation.scheme.IndicatorDefinition;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.ScoreDimension;
import io.muyield.core.evaluation.scheme.Veto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The results of a run, read-only: columns underneath, one {@link UnitResult} per unit on request. Rows are the
 * input's rows (unit ids in ascending order).
 */
public final class EvaluationResults {

    private final RunState s;

    EvaluationResults(RunState state) {
        this.s = state;
    }

    RunState state() {
        return s;
    }

    public Scheme scheme() {
        return s.scheme;
    }

    public EvaluationInput input() {
        return s.input;
    }

    public MethodologyLog log() {
        return s.log;
    }

    public int size() {
        return s.n;
    }

    public double total(int row) {
        return s.total[row];
    }

    public UnitStatus status(int row) {
        return s.statusOf(row);
    }

    /** The final class label, or "" when none. */
    public String classOf(int row) {
        return label(s.classFinal[row]);
    }

    /** The final class as an index into the classification's bands (0 = best), or -1. */
    public int classIndex(int row) {
        return s.classFinal[row];
    }

    public String categoryOf(int row) {
        return s.category[row] < 0 ? "" : s.categoryAt(s.category[row]).id();
    }

    public int cityRank(int row) {
        return s.rankCity[row];
    }

    /** The weighted part of an indicator for a unit (NaN when the unit does not score it). */
    public double weightedPart(int row, String indicatorId) {
        int k = s.scheme.indicatorIndex(indicatorId);
        return k < 0 || s.weighted[k] == null ? Double.NaN : s.weighted[k][row];
    }

    public double indicatorValue(int row, String indicatorId) {
        int k = s.scheme.indicatorIndex(indicatorId);
        return k < 0 ? Double.NaN : s.raw[k][row];
    }

    public Optional<UnitResult> unit(String id) {
        int row = s.input.indexOf(id);
        return row < 0 ? Optional.empty() : Optional.of(unit(row));
    }

    public Stream<UnitResult> units() {
        return IntStream.range(0, s.n).mapToObj(this::unit);
    }

    /** Units in the deterministic score order (category by category, best first). */
    public int[] rankedRows() {
        return s.order.clone();
    }

    public long countInClass(String label) {
        int b = s.scheme.classification().indexOf(label);
        return IntStream.range(0, s.n).filter(u -> b >= 0 && s.classFinal[u] == b).count();
    }

    public UnitResult unit(int u) {
        int c = s.category[u];
        Category cat = c < 0 ? null : s.categoryAt(c);
        int x = s.exemption[u];
        Ranks ranks = s.rankCity[u] == 0 ? Ranks.NONE : new Ranks(s.rankCity[u], s.poolCity[c],
                s.rankDistrict[u], s.poolDistrict[c * s.input.districtCount() + s.input.districtIndex(u)],
                s.rankIndustry[u], s.poolIndustry[c * s.input.divisionCount() + s.input.divisionIndex(u)]);
        int cls = s.classFinal[u];
        return new UnitResult(u, s.input.id(u), s.input.name(u), s.input.districtCode(u), s.input.industryCode(u),
                cat == null ? "" : cat.id(), cat == null ? "" : cat.nameZh(), s.statusOf(u),
                x < 0 ? "" : s.scheme.exemptions().get(x).id(), x < 0 ? "" : s.scheme.exemptions().get(x).nameZh(),
                c < 0 ? List.of() : indicators(u, c), c < 0 ? List.of() : dimensions(u, cat), c < 0 ? Double.NaN : s.aggregate[u],
                c < 0 ? List.of() : adjustments(u), s.bonus[u], s.deduction[u], s.total[u], label(s.classBeforeVeto[u]), label(cls),
                cls < 0 ? "" : s.scheme.classification().bands().get(cls).nameZh(), ranks, s.marked[u],
                s.input.landlordId(u).orElse(""), s.input.tagsOf(u));
    }

    private String label(int cls) {
        return cls < 0 ? "" : s.scheme.classification().bands().get(cls).id();
    }

    private List<IndicatorResult> indicators(int u, int c) {
        List<IndicatorResult> out = new ArrayList<>();
        RuleFit[] fits = s.fits[c];
        List<ScoreDimension> dims = s.categoryAt(c).model().map(m -> m.dimensions()).orElse(List.of());
        for (int r = 0; r < fits.length; r++) {
            out.add(indicator(u, fits[r], dims.get(s.ruleDimension[c][r]).id()));
        }
        return out;
    }

    IndicatorResult indicator(int u, RuleFit f, String dimensionId) {
        int k = f.indicator;
        IndicatorDefinition d = s.scheme.indicators().get(k);
        FittedNormaliser fn = f.normalisers[f.normaliserGroups.groupOf(s, u)];
        var spec = f.rule.normaliser();
        var peers = new IndicatorResult.Peers(fn.min(), fn.max(), fn.mean(), fn.sd(), fn.peerCount(), spec.low(), fn.scaledHigh(s.benchmark[k][u]),
                spec.scale(), spec.target(), spec.sampleSd(), spec.capAtTarget());
        return new IndicatorResult(d.id(), d.nameZh(), d.nameEn(), d.unit(), d.formulaText(), dimensionId, s.raw[k][u], s.value[k][u],
                ValueNote.values()[s.note[k][u]], s.benchmark[k][u], f.benchmarkNote, spec.kind(), f.sign, s.normalised[k][u],
                f.rule.cap().orElse(Double.NaN), f.rule.floor().orElse(Double.NaN), s.capped[k][u], f.rule.weight(), s.weighted[k][u], peers);
    }

    private List<UnitResult.DimensionScore> dimensions(int u, Category cat) {
        List<UnitResult.DimensionScore> out = new ArrayList<>();
        List<ScoreDimension> dims = cat.model().map(m -> m.dimensions()).orElse(List.of());
        for (int d = 0; d < dims.size(); d++) {
            ScoreDimension dim = dims.get(d);
            out.add(new UnitResult.DimensionScore(dim.id(), dim.nameZh(), dim.weight(), dim.method().word(), s.dimension[d][u]));
        }
        return out;
    }

    private List<AppliedAdjustment> adjustments(int u) {
        List<AppliedAdjustment> out = new ArrayList<>();
        int year = s.input.year();
        add(out, AppliedAdjustment.Kind.BONUS, s.scheme.adjustments().bonuses(), u, year);
        add(out, AppliedAdjustment.Kind.DEDUCTION, s.scheme.adjustments().deductions(), u, year);
        Classification cl = s.scheme.classification();
        for (Veto v : s.scheme.adjustments().vetoes()) {
            int count = s.input.eventCount(v.event(), u);
            if (count > 0) {
                String effect = switch (v.effect()) {
                    case FORCE -> "→ " + v.classId();
                    case DOWN_ONE -> "↓ 1";
                    case CAP -> "≤ " + v.classId();
                };
                out.add(new AppliedAdjustment(AppliedAdjustment.Kind.VETO, v.id(), v.nameZh(), v.event(), count, 0, effect));
            }
        }
        return out;
    }

    private void add(List<AppliedAdjustment> out, AppliedAdjustment.Kind kind, List<AdjustmentRule> rules, int u, int year) {
        for (AdjustmentRule r : rules) {
            if (!r.inForce(year)) {
                continue;
            }
            int count = r.onTag() ? (s.input.hasTag(r.trigger(), u) ? 1 : 0) : s.input.eventCount(r.trigger(), u);
            if (count > 0) {
                double points = r.onTag() || !r.perOccurrence() ? r.points() : r.points() * count;
                out.add(new AppliedAdjustment(kind, r.id(), r.nameZh(), r.trigger(), count, points, ""));
            }
        }
    }

    /**
     * The unit's standing in its classification group (computed on request by walking the group in score order);
     * position 0 when the unit gets no class by rank.
     */
    public ClassStanding classStanding(int row) {
        var cl = s.scheme.classification();
        int[] walk = cl.within() == io.muyield.core.evaluation.scheme.PeerScope.CITY ? s.orderByTotal : s.order;
        int group = s.category[row] < 0 ? -1 : Classify.groupOf(s, cl.within(), row);
        int size = 0;
        int position = 0;
        int bands = cl.bands().size();
        double[] boundary = new double[bands];
        java.util.Arrays.fill(boundary, Double.NaN);
        for (int u : walk) {
            if (!Classify.classifiable(s, u) || Classify.groupOf(s, cl.within(), u) != group) {
                continue;
            }
            size++;
            if (u == row) {
                position = size;
            }
            int b = s.classBeforeVeto[u];
            if (b >= 0) {
                boundary[b] = s.total[u];
            }
        }
        List<Integer> ends = new ArrayList<>();
        if (cl.method() == io.muyield.core.evaluation.scheme.ClassMethod.QUOTA) {
            for (int e : QuotaBoundaries.of(cl.bands(), size)) {
                ends.add(e);
            }
        }
        List<Double> scores = new ArrayList<>();
        for (double d : boundary) {
            scores.add(d);
        }
        String where = switch (cl.within()) {
            case CITY -> "city";
            case CATEGORY -> categoryOf(row);
            case DISTRICT -> categoryOf(row) + " × " + s.input.districtCode(row);
            case INDUSTRY -> categoryOf(row) + " × " + s.input.divisionCode(row);
        };
        return new ClassStanding(where, position, size, ends, scores);
    }

    /** The bands of the scheme's classification, best first. */
    public List<ClassBand> classes() {
        return s.scheme.classification().bands();
    }
}
