package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.PowerAccountRecord;
import io.muyield.ingest.record.SourceRecord;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Power-company rows → {@link PowerAccountRecord}: negative use is refused; an annual figure that differs from the sum
 * of twelve monthly figures by more than 1 % is a warning (the annual figure is kept).
 */
final class PowerMapper implements RecordMapper {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<String> account = r.text("account");
        Optional<CreditCode> code = r.creditCode("credit_code");
        Map<Integer, Quantity> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            r.amount("month_" + m, false).ifPresent(q -> months.put(month, q));
        }
        Optional<Quantity> annual = r.amount("annual", false);
        if (r.ok() && annual.isEmpty() && months.isEmpty()) {
            r.error(r.has("annual") ? "annual" : null, "用电量为空", "no electricity figure");
        }
        if (!r.ok()) {
            return Optional.empty();
        }
        PowerAccountRecord rec = new PowerAccountRecord(account.orElseThrow(), r.textOrEmpty("account_name"), code.orElseThrow(),
                annual, months, origin);
        if (annual.isPresent() && months.size() == 12) {
            BigDecimal a = annual.get().toCanonical();
            BigDecimal sum = rec.monthlyKwh();
            BigDecimal diff = a.subtract(sum).abs();
            if (a.signum() > 0 && diff.divide(a, MathContext.DECIMAL64).compareTo(TOLERANCE) > 0) {
                r.warn("annual", "全年用电量与12个月之和（" + sum.toPlainString() + "千瓦时）相差超过1%",
                        "annual use differs from the sum of the months (" + sum.toPlainString() + " kWh) by more than 1 %");
            }
        }
        return Optional.of(rec);
    }
}
