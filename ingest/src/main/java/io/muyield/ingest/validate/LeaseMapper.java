package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;
import io.muyield.ingest.record.LeaseRecord;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;

import java.time.LocalDate;
import java.util.Optional;

/** Lease rows → {@link LeaseRecord}; refused: negative or zero area, landlord = tenant, end before start. */
final class LeaseMapper implements RecordMapper {

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<CreditCode> landlord = r.creditCode("landlord");
        Optional<CreditCode> tenant = r.creditCode("tenant");
        Optional<Quantity> area = r.amount("area", true);
        Optional<LocalDate> start = r.date("start");
        Optional<LocalDate> end = r.date("end");
        area.ifPresent(a -> {
            if (a.value().signum() < 0) {
                r.error("area", "租赁面积不能为负数（" + a + "）", "leased area must not be negative (" + a + ")");
            } else if (a.value().signum() == 0) {
                r.error("area", "租赁面积为0", "leased area is zero");
            }
        });
        if (landlord.isPresent() && landlord.equals(tenant)) {
            r.error("tenant", "承租方与出租方相同", "the tenant is the landlord");
        }
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            r.error("end", "租赁终止日期早于起始日期", "the lease ends before it starts");
        }
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new LeaseRecord(landlord.orElseThrow(), tenant.orElseThrow(), r.textOrEmpty("tenant_name"),
                area.orElseThrow(), start, end, origin));
    }
}
