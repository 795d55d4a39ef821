package io.muyield.ingest.fusion;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.ingest.validate.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds figures that are possible but implausible against the others — mostly 元 reported as 万元 (a 10⁴ factor):
 * taxes above revenue; a money figure at least 1,000 times the enterprise's revenue (or revenue 1,000 times its
 * output); a money figure per 亩 at least 1,000 times the city's median per 亩 for that field.
 */
final class MagnitudeChecks {

    static final BigDecimal FACTOR = new BigDecimal("1000");
    private static final List<FactField> MONEY = List.of(FactField.TAX, FactField.REVENUE, FactField.OUTPUT,
            FactField.VALUE_ADDED, FactField.RD_SPENDING);

    private MagnitudeChecks() {
    }

    /** Whether two figures stand about 10⁴ apart (5,000–20,000×), the signature of a 元/万元 mix-up. */
    static boolean nearTenThousand(BigDecimal a, BigDecimal b) {
        if (a.signum() <= 0 || b.signum() <= 0) {
            return false;
        }
        BigDecimal r = a.max(b).divide(a.min(b), MathContext.DECIMAL64);
        return r.compareTo(new BigDecimal("5000")) >= 0 && r.compareTo(new BigDecimal("20000")) <= 0;
    }

    static List<Suspicion> check(List<YearlyFacts> facts) {
        List<Suspicion> out = new ArrayList<>();
        for (YearlyFacts f : facts) {
            Optional<BigDecimal> revenue = f.get(FactField.REVENUE);
            Optional<BigDecimal> tax = f.get(FactField.TAX);
            if (revenue.isPresent() && tax.isPresent() && revenue.get().signum() > 0 && tax.get().compareTo(revenue.get()) > 0) {
                out.add(new Suspicion(f.enterprise(), Optional.of(FactField.TAX), Suspicion.Kind.TAX_ABOVE_REVENUE,
                        Message.of("实缴税金（" + plain(tax.get()) + "万元）大于营业收入（" + plain(revenue.get()) + "万元），疑为以元填报",
                                "taxes (" + plain(tax.get()) + " 万元) exceed revenue (" + plain(revenue.get()) + " 万元); 元 reported as 万元?")));
            }
            if (revenue.isPresent() && revenue.get().signum() > 0) {
                for (FactField m : List.of(FactField.OUTPUT, FactField.VALUE_ADDED, FactField.RD_SPENDING)) {
                    f.get(m).filter(v -> v.compareTo(revenue.get().multiply(FACTOR)) >= 0).ifPresent(v -> out.add(mixup(f, m, "营业收入", "revenue")));
                }
                f.get(FactField.OUTPUT).filter(o -> o.signum() > 0 && revenue.get().compareTo(o.multiply(FACTOR)) >= 0)
                        .ifPresent(o -> out.add(mixup(f, FactField.REVENUE, "工业总产值", "output")));
            }
        }
        for (FactField m : MONEY) {
            perMuOutliers(facts, m, out);
        }
        return out;
    }

    private static void perMuOutliers(List<YearlyFacts> facts, FactField field, List<Suspicion> out) {
        List<double[]> perMu = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            YearlyFacts f = facts.get(i);
            Optional<BigDecimal> land = f.landUsedMu();
            Optional<BigDecimal> v = f.get(field);
            if (land.isPresent() && land.get().signum() > 0 && v.isPresent() && v.get().signum() > 0) {
                perMu.add(new double[]{v.get().doubleValue() / land.get().doubleValue(), i});
            }
        }
        if (perMu.size() < 20) {
            return;
        }
        double[] sorted = perMu.stream().mapToDouble(a -> a[0]).sorted().toArray();
        double median = sorted[sorted.length / 2];
        if (median <= 0) {
            return;
        }
        for (double[] a : perMu) {
            if (a[0] >= median * FACTOR.doubleValue()) {
                YearlyFacts f = facts.get((int) a[1]);
                out.add(new Suspicion(f.enterprise(), Optional.of(field), Suspicion.Kind.UNIT_MIXUP,
                        Message.of(field.nameZh() + "每亩" + String.format("%.1f", a[0]) + "万元，是全市中位数的" + Math.round(a[0] / median)
                                        + "倍，疑为以元填报", field.nameEn() + " per mu is " + Math.round(a[0] / median)
                                        + "× the city median; 元 reported as 万元?")));
            }
        }
        Arrays.fill(sorted, 0);
    }

    private static Suspicion mixup(YearlyFacts f, FactField field, String againstZh, String againstEn) {
        return new Suspicion(f.enterprise(), Optional.of(field), Suspicion.Kind.UNIT_MIXUP,
                Message.of(field.nameZh() + "是" + againstZh + "的1000倍以上，疑为以元填报",
                        field.nameEn() + " is over 1000× " + againstEn + "; 元 reported as 万元?"));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
