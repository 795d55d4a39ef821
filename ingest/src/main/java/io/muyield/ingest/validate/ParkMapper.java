package io.muyield.ingest.validate;

import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.ParkRecord;
import io.muyield.ingest.record.SourceRecord;

import java.util.Optional;

/** Park-roster rows → {@link ParkRecord}; a park lies in a district or a functional zone. */
final class ParkMapper implements RecordMapper {

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<String> code = r.text("park_code");
        Optional<String> name = r.text("name");
        Optional<String> region = r.districtOrZone("district");
        Optional<ParkLevel> level = r.parkLevel("level");
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new ParkRecord(new Park(code.orElseThrow(), name.orElseThrow(), region.orElseThrow(),
                level.orElseThrow()), origin));
    }
}
