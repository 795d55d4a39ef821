package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.ClassMethod;
import io.muyield.core.evaluation.scheme.Classification;
import io.muyield.core.evaluation.scheme.PeerScope;
import io.muyield.core.evaluation.scheme.Veto;
import io.muyield.core.evaluation.scheme.VetoEffect;

import java.util.Arrays;
import java.util.List;

/**
 * Orders the scored units, then classes them by thresholds or quotas within the classification's peer groups
 * (units without a class do not count towards quotas), applies vetoes, and gives tenants their landlord's class
 * (then their own vetoes).
 */
final class Classify implements Step {

    public Stage stage() {
        return Stage.CLASSIFY;
    }

    public void apply(RunState s) {
        s.orderByTotal = ScoreOrder.byTotal(s);
        s.order = ScoreOrder.byCategory(s, s.orderByTotal);
        s.status = s.status.clone();
        s.classBeforeVeto = new byte[s.n];
        Arrays.fill(s.classBeforeVeto, (byte) -1);
        Classification cl = s.scheme.classification();
        int[] walk = cl.within() == PeerScope.CITY ? s.orderByTotal : s.order;
        if (cl.method() == ClassMethod.QUOTA) {
            quotas(s, cl, walk);
        } else {
            thresholds(s, cl);
        }
        for (int u = 0; u < s.n; u++) {
            if (s.category[u] >= 0 && s.scored(s.category[u])) {
                s.status[u] = (byte) (s.classBeforeVeto[u] >= 0 ? UnitStatus.CLASSIFIED : UnitStatus.UNCLASSIFIED).ordinal();
            }
        }
        s.classFinal = s.classBeforeVeto.clone();
        vetoes(s, false);
        inherit(s);
        vetoes(s, true);
        log(s, cl);
    }

    static boolean classifiable(RunState s, int u) {
        return ScoreOrder.ranked(s, u) && !s.noClass[u] && !s.marked[u];
    }

    static int groupOf(RunState s, PeerScope scope, int u) {
        int c = s.category[u];
        return switch (scope) {
            case CITY -> 0;
            case CATEGORY -> c;
            case DISTRICT -> c * s.input.districtCount() + s.input.districtIndex(u);
            case INDUSTRY -> c * s.input.divisionCount() + s.input.divisionIndex(u);
        };
    }

    static int groupCount(RunState s, PeerScope scope) {
        int cats = s.categories().size();
        return switch (scope) {
            case CITY -> 1;
            case CATEGORY -> cats;
            case DISTRICT -> cats * s.input.districtCount();
            case INDUSTRY -> cats * s.input.divisionCount();
        };
    }

    private void quotas(RunState s, Classification cl, int[] walk) {
        int groups = groupCount(s, cl.within());
        int[] size = new int[groups];
        int[] groupPlusOne = new int[s.n];
        for (int u = 0; u < s.n; u++) {
            if (classifiable(s, u)) {
                int g = groupOf(s, cl.within(), u);
                groupPlusOne[u] = g + 1;
                size[g]++;
            }
        }
        int[][] ends = new int[groups][];
        int[] position = new int[groups];
        int[] previous = new int[groups];
        Arrays.fill(previous, -1);
        boolean same = cl.equalScoresSameClass();
        for (int u : walk) {
            int g = groupPlusOne[u] - 1;
            if (g < 0) {
                continue;
            }
            if (ends[g] == null) {
                ends[g] = QuotaBoundaries.of(cl.bands(), size[g]);
            }
            int p = ++position[g];
            int b = 0;
            while (p > ends[g][b]) b++;
            int prev = previous[g];
            if (same && prev >= 0 && s.total[prev] == s.total[u]) {
                b = s.classBeforeVeto[prev];
            }
            s.classBeforeVeto[u] = (byte) b;
            previous[g] = u;
        }
    }

    private void thresholds(RunState s, Classification cl) {
        int last = cl.bands().size() - 1;
        for (int u = 0; u < s.n; u++) {
            if (!classifiable(s, u)) {
                continue;
            }
            int b = 0;
            while (b < last && !(s.total[u] >= cl.bands().get(b).minScore())) b++;
            s.classBeforeVeto[u] = (byte) b;
        }
    }

    private void vetoes(RunState s, boolean tenants) {
        List<Veto> vetoes = s.scheme.adjustments().vetoes();
        Classification cl = s.scheme.classification();
        int last = cl.bands().size() - 1;
        for (Veto v : vetoes) {
            int[] count = s.input.eventColumn(v.event()).orElse(null);
            int target = cl.indexOf(v.classId());
            for (int u = 0; count != null && u < s.n; u++) {
                if (count[u] == 0 || s.classFinal[u] < 0 || (s.status[u] == UnitStatus.INHERITED.ordinal()) != tenants) {
                    continue;
                }
                int c = s.classFinal[u];
                c = switch (v.effect()) {
                    case FORCE -> target;
                    case DOWN_ONE -> Math.min(c + 1, last);
                    case CAP -> Math.max(c, target);
                };
                s.classFinal[u] = (byte) c;
            }
        }
    }

    private void inherit(RunState s) {
        for (int u = 0; u < s.n; u++) {
            if (s.status[u] != UnitStatus.INHERITED.ordinal()) {
                continue;
            }
            int landlord = s.input.landlord(u);
            int cls = landlord >= 0 && s.status[landlord] != UnitStatus.INHERITED.ordinal() ? s.classFinal[landlord] : -1;
            s.classBeforeVeto[u] = (byte) cls;
            s.classFinal[u] = (byte) cls;
            if (cls < 0) {
                s.status[u] = (byte) UnitStatus.UNCLASSIFIED.ordinal();
            }
        }
    }

    private void log(RunState s, Classification cl) {
        int bands = cl.bands().size();
        for (int c = 0; c < s.categories().size(); c++) {
            long[] counts = new long[bands];
            long none = 0;
            long vetoed = 0;
            for (int u : s.members(c)) {
                if (s.classFinal[u] >= 0) counts[s.classFinal[u]]++; else none++;
                if (s.classFinal[u] != s.classBeforeVeto[u]) vetoed++;
            }
            MethodologyLog.Entry e = s.log.entry(stage().label(), s.categoryAt(c).id()).parameter("method", cl.method().name().toLowerCase(java.util.Locale.ROOT))
                    .parameter("within", cl.within().word()).parameter("classes", describe(cl));
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < bands; b++) {
                e.count(cl.bands().get(b).id(), counts[b]);
                sb.append(b == 0 ? "" : ", ").append(cl.bands().get(b).id()).append(' ').append(Numbers.count(counts[b]));
            }
            e.count(cl.unclassifiedLabel(), none).count("changed_by_veto", vetoed)
                    .add(sb + ", " + cl.unclassifiedLabel() + " " + Numbers.count(none) + (s.categoryAt(c).inheritsLandlord() ? " (inherited from landlords)" : ""));
        }
    }

    static String describe(Classification cl) {
        StringBuilder sb = new StringBuilder();
        for (var b : cl.bands()) {
            sb.append(sb.length() == 0 ? "" : " ").append(b.id()).append(' ')
                    .append(cl.method() == ClassMethod.QUOTA ? Numbers.plain(b.sharePercent()) + "%" : Double.isNaN(b.minScore()) ? "rest" : "≥" + Numbers.plain(b.minScore()));
        }
        return sb.toString();
    }
}
