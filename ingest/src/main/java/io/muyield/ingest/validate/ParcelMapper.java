package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.record.SourceRecord;

import java.util.Optional;

/** Land-register rows → {@link ParcelRecord}; a negative or zero area is refused. */
final class ParcelMapper implements RecordMapper {

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<String> id = r.text("parcel_id");
        Optional<CreditCode> owner = r.creditCode("owner");
        Optional<Quantity> area = r.amount("area", true);
        area.ifPresent(a -> {
            if (a.value().signum() < 0) {
                r.error("area", "用地面积不能为负数（" + a + "）", "land area must not be negative (" + a + ")");
            } else if (a.value().signum() == 0) {
                r.error("area", "宗地面积为0", "parcel area is zero");
            }
        });
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new ParcelRecord(id.orElseThrow(), owner.orElseThrow(), r.textOrEmpty("owner_name"),
                r.textOrEmpty("location"), r.textOrEmpty("use"), area.orElseThrow(), origin));
    }
}
