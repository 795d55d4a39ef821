package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Unit;
import io.muyield.ingest.record.LeaseRecord;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.validate.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Land per enterprise in 亩: own land is the sum of its parcels less what it leases out; leased land is the sum of its
 * leases as tenant. A parcel number seen in two batches counts once (the later batch). A landlord that leases out more
 * than it owns keeps zero own land and is listed.
 */
final class LandLedger {

    private final Map<String, ParcelRecord> parcels = new HashMap<>();
    private final List<LeaseRecord> leases = new ArrayList<>();

    void add(ParcelRecord p) {
        parcels.merge(p.parcelId(), p, (a, b) -> b.origin().batchId() >= a.origin().batchId() ? b : a);
    }

    void add(LeaseRecord l) {
        leases.add(l);
    }

    record Land(BigDecimal mu, long batchId) {
        Land plus(BigDecimal more, long batch) {
            return new Land(mu.add(more), Math.max(batchId, batch));
        }
    }

    final Map<CreditCode, Land> owned = new HashMap<>();
    final Map<CreditCode, Land> leased = new HashMap<>();
    final List<Lease> fusedLeases = new ArrayList<>();
    final List<Suspicion> suspicions = new ArrayList<>();
    final Set<CreditCode> covered = new HashSet<>();

    void settle() {
        for (ParcelRecord p : parcels.values()) {
            owned.merge(p.owner(), new Land(mu(p.area().toCanonical()), p.origin().batchId()),
                    (a, b) -> a.plus(b.mu(), b.batchId()));
            covered.add(p.owner());
        }
        Map<CreditCode, Land> leasedOut = new HashMap<>();
        for (LeaseRecord l : leases) {
            BigDecimal area = mu(l.area().to(Unit.MU).value());
            long batch = l.origin().batchId();
            fusedLeases.add(new Lease(l.landlord(), l.tenant(), area, l.start(), l.end(), batch));
            leased.merge(l.tenant(), new Land(area, batch), (a, b) -> a.plus(b.mu(), b.batchId()));
            leasedOut.merge(l.landlord(), new Land(area, batch), (a, b) -> a.plus(b.mu(), b.batchId()));
            covered.add(l.tenant());
        }
        leasedOut.forEach((landlord, out) -> {
            Land own = owned.get(landlord);
            if (own == null) {
                suspicions.add(new Suspicion(landlord, java.util.Optional.empty(), Suspicion.Kind.OVER_LEASED,
                        Message.of("出租方在宗地登记中没有自有土地，却出租" + out.mu().toPlainString() + "亩",
                                "the landlord owns no parcel on the register yet leases out " + out.mu().toPlainString() + " mu")));
                return;
            }
            BigDecimal left = own.mu().subtract(out.mu());
            if (left.signum() < 0) {
                suspicions.add(new Suspicion(landlord, java.util.Optional.of(io.muyield.core.fact.FactField.LAND_OWNED),
                        Suspicion.Kind.OVER_LEASED,
                        Message.of("出租面积（" + out.mu().toPlainString() + "亩）超过自有宗地面积（" + own.mu().toPlainString() + "亩），自有用地按0计",
                                "leases out " + out.mu().toPlainString() + " mu but owns " + own.mu().toPlainString() + " mu; own land set to 0")));
                left = BigDecimal.ZERO;
            }
            owned.put(landlord, new Land(left, Math.max(own.batchId(), out.batchId())));
        });
    }

    private static BigDecimal mu(BigDecimal v) {
        return v.stripTrailingZeros();
    }
}
