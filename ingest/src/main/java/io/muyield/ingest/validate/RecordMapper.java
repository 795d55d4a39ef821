package io.muyield.ingest.validate;

import io.muyield.ingest.profile.RecordKind;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;

import java.util.Optional;

/**
 * Turns one row into a record of its kind, checking what concerns the row alone (formats, codes, impossible values);
 * returns empty when the reader holds errors.
 */
public interface RecordMapper {

    Optional<SourceRecord> map(RowReader r, Origin origin);

    static RecordMapper of(RecordKind kind, io.muyield.core.fact.Source source) {
        return switch (kind) {
            case REGISTRATION -> new RegistrationMapper();
            case FACTS -> new FactMapper(source);
            case PARCEL -> new ParcelMapper();
            case LEASE -> new LeaseMapper();
            case POWER_ACCOUNT -> new PowerMapper();
            case PARK -> new ParkMapper();
            case TAG -> new TagMapper();
            case EVENT -> new EventMapper();
        };
    }
}
