package io.muyield.store.write;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.Database;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes what an official list gives under its batch, beside {@link FileBatchWriter} (call it after
 * {@link FileBatchWriter.Open#finish}, in the same transaction, so that the list and its batch commit together or not
 * at all): tags (table enterprise_tag) and the rows behind event counts (table enterprise_event_detail; the counts
 * themselves go through {@code finish}'s events). Refuses, so that the transaction rolls back, a tag given twice to one
 * enterprise in one list and rows about enterprises that are not registered.
 */
public final class StandingWriter {

    /** One tag of a list: enterprise, tag key (high_tech, specialised, little_giant …), as the list gives it; row = file row. */
    public record TagRow(CreditCode enterprise, String tag, String certificate, OptionalInt recognisedYear,
                         Optional<LocalDate> validUntil, int row) {
        public TagRow {
            Objects.requireNonNull(enterprise);
            Objects.requireNonNull(tag);
            Objects.requireNonNull(certificate);
            Objects.requireNonNull(recognisedYear);
            Objects.requireNonNull(validUntil);
        }
    }

    /** One listed event: its kind (the event key the counts use), date and what the list says of it. */
    public record EventDetailRow(CreditCode enterprise, String kind, LocalDate date, String detail, int row) {
        public EventDetailRow {
            Objects.requireNonNull(enterprise);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(date);
            Objects.requireNonNull(detail);
        }
    }

    private static final List<String> TAG_COLUMNS = List.of("batch_id", "year", "credit_code", "tag", "certificate", "recognised_year",
            "valid_until", "source_row");
    private static final List<String> DETAIL_COLUMNS = List.of("batch_id", "year", "credit_code", "kind", "event_date", "detail",
            "source_row");

    private final Database database;

    public StandingWriter(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    /**
     * @throws IllegalArgumentException for a tag twice for one enterprise, or an enterprise that is not registered
     */
    public void write(long batchId, int year, String fileName, Collection<TagRow> tags, Collection<EventDetailRow> events) {
        Set<String> seen = new HashSet<>();
        for (TagRow t : tags) {
            if (!seen.add(t.enterprise().value() + " " + t.tag())) {
                throw new IllegalArgumentException("two " + t.tag() + " rows for " + t.enterprise() + " in " + fileName);
            }
        }
        Connection connection = DataSourceUtils.getConnection(database.dataSource());
        try {
            if (!tags.isEmpty()) {
                try (RowSink sink = RowSink.open(connection, database.dialect(), "enterprise_tag", false, TAG_COLUMNS)) {
                    for (TagRow t : tags) {
                        sink.row(batchId, year, t.enterprise().value(), t.tag(), t.certificate().isEmpty() ? null : t.certificate(),
                                t.recognisedYear().isPresent() ? t.recognisedYear().getAsInt() : null, t.validUntil().orElse(null), t.row());
                    }
                }
                refuseStrangers("enterprise_tag", batchId, fileName);
            }
            if (!events.isEmpty()) {
                try (RowSink sink = RowSink.open(connection, database.dialect(), "enterprise_event_detail", false, DETAIL_COLUMNS)) {
                    for (EventDetailRow e : events) {
                        sink.row(batchId, year, e.enterprise().value(), e.kind(), e.date(), e.detail(), e.row());
                    }
                }
                refuseStrangers("enterprise_event_detail", batchId, fileName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the list of batch " + batchId + " (" + fileName + ") failed: " + e.getMessage(), e);
        }
    }

    private void refuseStrangers(String table, long batchId, String fileName) {
        List<String> strangers = database.jdbc().queryForList("SELECT DISTINCT t.credit_code FROM " + table + " t WHERE t.batch_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.credit_code = t.credit_code) ORDER BY t.credit_code LIMIT 5",
                String.class, batchId);
        if (!strangers.isEmpty()) {
            throw new IllegalArgumentException("enterprises of " + fileName + " are not registered, e.g. " + strangers);
        }
    }
}
