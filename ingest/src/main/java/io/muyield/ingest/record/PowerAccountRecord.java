package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** One electricity account's year: the annual figure and/or the monthly ones (month 1–12). */
public record PowerAccountRecord(String account, String accountName, CreditCode enterprise, Optional<Quantity> annual,
                                 Map<Integer, Quantity> monthly, Origin origin) implements SourceRecord {

    public PowerAccountRecord {
        Objects.requireNonNull(account);
        Objects.requireNonNull(accountName);
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(annual);
        Objects.requireNonNull(origin);
        monthly = Collections.unmodifiableMap(new TreeMap<>(monthly));
        if (annual.isEmpty() && monthly.isEmpty()) {
            throw new IllegalArgumentException("account " + account + " has neither an annual nor a monthly figure");
        }
    }

    /** The year's use in kWh: the annual figure, else the sum of the months given. */
    public BigDecimal kwh() {
        return annual.map(Quantity::toCanonical).orElseGet(this::monthlyKwh);
    }

    public BigDecimal monthlyKwh() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Quantity q : monthly.values()) {
            sum = sum.add(q.to(Unit.KWH).value());
        }
        return sum;
    }
}
