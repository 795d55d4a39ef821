package io.muyield.app.evaluation;

import io.muyield.core.evaluation.analysis.FactChange;
import io.muyield.core.evaluation.analysis.HealthReport;
import io.muyield.core.evaluation.analysis.RankMove;
import io.muyield.core.evaluation.analysis.TransitionMatrix;
import io.muyield.core.evaluation.run.AppliedAdjustment;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.store.evaluation.ResultRow;
import io.muyield.store.evaluation.StoredRun;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the runs API (also the view models of the run pages). Numbers without a value are null. */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    record Run(long id, String schemeId, int schemeVersion, String schemeTitle, int year, String createdBy, LocalDateTime createdAt,
               String status, Long parentRunId, int enterprises, String fingerprint, String schemeSha256, String inputSha256,
               String engineVersion, String note) {
        static Run of(StoredRun r) {
            return new Run(r.id(), r.schemeId(), r.schemeVersion(), r.schemeTitle(), r.year(), r.createdBy(), r.createdAt(), r.status(),
                    r.parentRunId().orElse(null), r.unitCount(), r.fingerprint(), r.schemeSha256(), r.inputSha256(), r.engineVersion(), r.note());
        }
    }

    /** A class and how many results (within the user's scope and the filters) it holds; label "" = no class. */
    record ClassCount(String label, String name, long count) {
    }

    record RunDetail(Run run, List<ClassCount> classes, long total, List<String> methodology) {
    }

    record Created(Run run, Map<String, Long> classCounts, long withoutClass, long readMs, long evaluateMs, long storeMs) {
    }

    record Row(String creditCode, String name, String districtCode, String districtName, String parkCode, String industryCode,
               String categoryId, String categoryName, String status, String statusZh, String statusEn, Double aggregate, Double bonus,
               Double deduction, Double total, String classLabel, String className, int rankCity, int rankCityOf, int rankDistrict,
               int rankDistrictOf, int rankIndustry, int rankIndustryOf) {
        static Row of(ResultRow r, String districtName) {
            return new Row(r.creditCode(), r.name(), r.districtCode(), districtName, r.parkCode(), r.industryCode(), r.categoryId(),
                    r.categoryName(), r.status().name(), r.status().zh(), r.status().en(), num(r.aggregate()), num(r.bonus()), num(r.deduction()),
                    num(r.total()), r.classLabel(), r.className(), r.rankCity(), r.rankCityOf(), r.rankDistrict(), r.rankDistrictOf(),
                    r.rankIndustry(), r.rankIndustryOf());
        }
    }

    record Page(List<Row> items, long total, int page, int size, long pages) {
    }

    record Indicator(String id, String nameZh, String nameEn, String unit, String formula, String dimension, Double raw, Double value,
                     String noteZh, Double benchmark, String benchmarkNote, String normaliser, Double normalised, Double cap, Double floor,
                     Double capped, Double weight, Double weighted) {
        static Indicator of(IndicatorResult i) {
            return new Indicator(i.indicatorId(), i.nameZh(), i.nameEn(), i.unit(), i.formula(), i.dimensionId(), num(i.raw()), num(i.value()),
                    i.note().zh(), num(i.benchmark()), i.benchmarkNote(), i.normaliser().name(), num(i.normalised()), num(i.cap()),
                    num(i.floor()), num(i.capped()), num(i.weight()), num(i.weighted()));
        }
    }

    record Adjustment(String kind, String ruleId, String nameZh, String trigger, int occurrences, Double points, String classEffect) {
        static Adjustment of(AppliedAdjustment a) {
            return new Adjustment(a.kind().name(), a.ruleId(), a.nameZh(), a.trigger(), a.occurrences(), num(a.points()), a.classEffect());
        }
    }

    record Change(String column, String nameZh, String nameEn, String unit, Double current, Double required, Double delta, boolean reachable,
                  String textZh, String textEn) {
        static Change of(FactChange c) {
            return new Change(c.column(), c.nameZh(), c.nameEn(), c.unit(), num(c.current()), num(c.required()), num(c.delta()), c.reachable(),
                    c.describeZh(), c.describeEn());
        }
    }

    record Health(String currentClass, String targetClass, Double currentTotal, Double targetScore, String basis, List<Change> changes,
                  List<String> notesZh, List<String> notesEn, List<String> linesZh, List<String> linesEn) {
        static Health of(HealthReport h) {
            return new Health(h.currentClass(), h.targetClass(), num(h.currentTotal()), num(h.targetScore()), h.basis(),
                    h.changes().stream().map(Change::of).toList(), h.notesZh(), h.notesEn(), List.of(h.renderZh().split("\n")),
                    List.of(h.renderEn().split("\n")));
        }
    }

    /** One axis of the radar: the enterprise's normalised value and its peer group's median (null when none). */
    record RadarAxis(String indicatorId, String nameZh, String nameEn, Double value, Double peerMedian) {
    }

    record Radar(String peerGroup, int peers, List<RadarAxis> axes) {
    }

    record UnitDetail(long runId, String creditCode, String name, String districtCode, String districtName, String industryCode,
                      String categoryId, String categoryName, String status, String statusZh, String exemption, List<Indicator> indicators,
                      Double aggregate, List<Adjustment> adjustments, Double bonus, Double deduction, Double total, String classBeforeVeto,
                      String classLabel, String className, int rankCity, int rankCityOf, int rankDistrict, int rankDistrictOf,
                      int rankIndustry, int rankIndustryOf, List<String> explanationZh, List<String> explanationEn, Health health,
                      Radar radar) {
        static UnitDetail of(long runId, UnitResult u, String districtName, List<String> zh, List<String> en, Health health, Radar radar) {
            var k = u.ranks();
            return new UnitDetail(runId, u.id(), u.name(), u.district(), districtName, u.industry(), u.categoryId(), u.categoryName(),
                    u.status().name(), u.status().zh(), u.exemptionName(), u.indicators().stream().map(Indicator::of).toList(),
                    num(u.aggregate()), u.adjustments().stream().map(Adjustment::of).toList(), num(u.bonus()), num(u.deduction()),
                    num(u.total()), u.classBeforeVeto(), u.classLabel(), u.classNameZh(), k.city(), k.cityOf(), k.district(), k.districtOf(),
                    k.industry(), k.industryOf(), zh, en, health, radar);
        }
    }

    /** A district, park or industry in the league table, with its rank and the rank it had in the previous year's run. */
    record LeagueRow(int rank, String code, String name, String nameEn, long enterprises, long classified, Map<String, Long> classCounts,
                     Double taxPerMu, Double valueAddedPerMu, Double landMu, Double meanTotal, Double topShare, Integer previousRank,
                     Integer movement) {
    }

    /** rankedBy: tax_per_mu, va_per_mu, mean_total or top_share (the share of classed enterprises in topClasses). */
    record League(long runId, String by, Long previousRunId, Integer previousYear, String rankedBy, List<String> topClasses,
                  List<LeagueRow> rows) {

        /** How many rows have no English name in the reference data. */
        public long withoutEnglishName() {
            return rows.stream().filter(r -> r.nameEn() == null).count();
        }
    }

    record Matrix(List<String> labels, List<List<Long>> counts, long changed, List<String> moves) {
        static Matrix of(TransitionMatrix m) {
            List<List<Long>> rows = new ArrayList<>();
            for (long[] r : m.counts()) {
                List<Long> row = new ArrayList<>();
                for (long c : r) {
                    row.add(c);
                }
                rows.add(row);
            }
            return new Matrix(m.labels(), rows, m.changed(), m.moves());
        }
    }

    record Mover(String creditCode, String name, String categoryId, int rankBefore, int rankAfter, int places, Double totalBefore,
                 Double totalAfter, String classBefore, String classAfter, List<String> causes) {
        static Mover of(RankMove m) {
            List<String> causes = m.causes().stream().limit(3).map(c -> c.nameZh() + " " + String.format("%+.2f", c.partChange())).toList();
            return new Mover(m.unitId(), m.name(), m.categoryId(), m.rankBefore(), m.rankAfter(), m.places(), num(m.totalBefore()),
                    num(m.totalAfter()), m.classBefore(), m.classAfter(), causes);
        }
    }

    record Comparison(long before, long after, Matrix transitions, List<Mover> movers) {
    }

    /** A what-if: changes to weights, fixed benchmarks (per category and indicator) and class shares or minimum scores. */
    record WhatIfRequest(List<WeightChange> weights, List<WeightChange> benchmarks, Map<String, Double> shares, Map<String, Double> minScores) {
    }

    record WeightChange(String category, String indicator, double value) {
    }

    record WhatIfOutcome(long runId, String recomputedFrom, Matrix transitions, long elapsedMs) {
    }
}
