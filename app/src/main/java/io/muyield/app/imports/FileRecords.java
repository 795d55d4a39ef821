package io.muyield.app.imports;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.Unit;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.region.Park;
import io.muyield.ingest.fusion.FactFusion;
import io.muyield.ingest.record.EventRecord;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.LeaseRecord;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.record.ParkRecord;
import io.muyield.ingest.record.PowerAccountRecord;
import io.muyield.ingest.record.RegistrationRecord;
import io.muyield.ingest.record.SourceRecord;
import io.muyield.ingest.record.TagRecord;
import io.muyield.store.write.FileBatchWriter;
import io.muyield.store.write.ReportedQuantities;
import io.muyield.store.write.StandingWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns accepted records into what the store keeps, per file: a fact row streams straight into the stage; power
 * accounts, parcels and leases are summed per enterprise (in the file) and staged at the end; an environment row's
 * violation count becomes an environmental_violation event; a tag list's rows become tags, an event list's rows
 * events (counted per enterprise and kind, each row kept with its date and detail); registration rows
 * give the enterprises (a year row comes with the first figure any department reports for it).
 */
final class FileRecords implements Consumer<SourceRecord> {

    private static final int PROGRESS_EVERY = 100_000;

    private final FileBatchWriter.Open open;
    private final int year;
    private final long batchId;
    private final String file;
    private final Consumer<String> progress;
    private final ImportProgress live;
    final Map<CreditCode, Enterprise> enterprises = new LinkedHashMap<>();
    final List<FileBatchWriter.LeaseRow> leases = new ArrayList<>();
    final List<FileBatchWriter.EventRow> events = new ArrayList<>();
    final List<StandingWriter.TagRow> tags = new ArrayList<>();
    final List<StandingWriter.EventDetailRow> eventDetails = new ArrayList<>();
    private final Map<String, Integer> listedEvents = new LinkedHashMap<>();
    final List<Park> parks = new ArrayList<>();
    private final Map<CreditCode, BigDecimal> electricity = new LinkedHashMap<>();
    private final Map<CreditCode, BigDecimal> owned = new LinkedHashMap<>();
    private final Map<CreditCode, BigDecimal> leased = new LinkedHashMap<>();
    private long records;

    FileRecords(FileBatchWriter.Open open, int year, long batchId, String file, Consumer<String> progress, ImportProgress live) {
        this.live = live;
        this.open = open;
        this.year = year;
        this.batchId = batchId;
        this.file = file;
        this.progress = progress;
    }

    @Override
    public void accept(SourceRecord record) {
        if (record instanceof FactRecord f) {
            Map<FactField, FactValue> values = new EnumMap<>(FactField.class);
            f.facts().forEach((field, q) -> values.put(field, new FactValue(plain(q.toCanonical()), batchId)));
            boolean aboveScale = f.aboveScale().orElseGet(() -> Optional.ofNullable(values.get(FactField.REVENUE))
                    .map(v -> v.value().compareTo(FactFusion.ABOVE_SCALE_REVENUE) >= 0).orElse(false));
            open.add(new YearlyFacts(f.enterprise(), year, aboveScale, values),
                    (code, y, field) -> Optional.ofNullable(f.facts().get(field)), f.source() == Source.STATISTICS);
            if (f.violations().isPresent() && f.source() == Source.ENVIRONMENT) {
                events.add(new FileBatchWriter.EventRow(f.enterprise(), DepartmentImport.ENVIRONMENTAL_VIOLATION, f.violations().getAsInt()));
            }
        } else if (record instanceof RegistrationRecord r) {
            enterprises.put(r.enterprise().creditCode(), r.enterprise());
        } else if (record instanceof PowerAccountRecord p) {
            electricity.merge(p.enterprise(), p.kwh(), BigDecimal::add);
        } else if (record instanceof ParcelRecord p) {
            owned.merge(p.owner(), p.area().toCanonical(), BigDecimal::add);
        } else if (record instanceof LeaseRecord l) {
            BigDecimal mu = l.area().to(Unit.MU).value();
            leases.add(new FileBatchWriter.LeaseRow(l.landlord(), l.tenant(), plain(mu), l.start(), l.end(), l.origin().row()));
            leased.merge(l.tenant(), mu, BigDecimal::add);
        } else if (record instanceof ParkRecord p) {
            parks.add(p.park());
        } else if (record instanceof TagRecord t) {
            tags.add(new StandingWriter.TagRow(t.enterprise(), t.tag(), t.certificate(), t.recognisedYear(), t.validUntil(),
                    t.origin().row()));
        } else if (record instanceof EventRecord e) {
            eventDetails.add(new StandingWriter.EventDetailRow(e.enterprise(), e.kind(), e.date(), e.detail(), e.origin().row()));
            listedEvents.merge(e.enterprise().value() + " " + e.kind(), 1, Integer::sum);
        }
        if (++records % DepartmentImport.LIVE_EVERY == 0) {
            live.accepted(records);
            if (records % PROGRESS_EVERY == 0) {
                progress.accept(String.format("  %s: %,d rows accepted …", file, records));
            }
        }
    }

    /** The event counts of the file: environmental violations as reported, listed events counted per enterprise and kind. */
    List<FileBatchWriter.EventRow> events() {
        List<FileBatchWriter.EventRow> all = new ArrayList<>(events);
        listedEvents.forEach((key, n) -> {
            int space = key.indexOf(' ');
            all.add(new FileBatchWriter.EventRow(CreditCode.parse(key.substring(0, space)), key.substring(space + 1), n));
        });
        return all;
    }

    /** Stages the per-enterprise sums of power accounts, parcels and leases. */
    void stageTotals() {
        stage(electricity, FactField.ELECTRICITY);
        stage(owned, FactField.LAND_OWNED);
        stage(leased, FactField.LAND_LEASED);
    }

    private void stage(Map<CreditCode, BigDecimal> sums, FactField field) {
        sums.forEach((code, v) -> open.add(new YearlyFacts(code, year, false, Map.of(field, new FactValue(plain(v), batchId))),
                ReportedQuantities.CANONICAL, false));
    }

    /** The value without trailing zeros, never in exponent form (240.000 → 240, 2.4E+2 → 240). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
