package io.muyield.store.evaluation;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.input.EnterpriseStanding;
import io.muyield.store.Database;
import io.muyield.store.batch.BatchStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Standings from what the store holds, all from the ACTIVE batches of the data year. Landlords come from the leases of
 * land-lease batches (table land_lease): a tenant renting from several landlords takes the one it rents the most area
 * from (ties: the smaller credit code), so the tenant-inherits-landlord rule (DOMAIN.md §4) has one deterministic
 * landlord. Events come from table enterprise_event: environmental_violation from the environment file's 环境违法次数,
 * major_safety_accident and safety_accident from the 生产安全事故 list, serious_dishonesty from the 严重失信 lists,
 * admin_penalty from the 行政处罚 records (one per decision, so a per-occurrence deduction counts them); an enterprise
 * with a count above zero has the event with that count (two ACTIVE batches reporting one kind: the larger count), so
 * the scheme's vetoes and deductions on it apply. Tags come from table enterprise_tag (the official lists: high_tech
 * from 高新技术企业, specialised and little_giant from 专精特新, champion from 制造业单项冠军, listed from 上市企业,
 * chain_leader from 链主企业), so the scheme's bonuses apply. {@link #note(int)} names the batch (and file) every tag and
 * event kind of the year came from; the run keeps it.
 */
public final class StoredStandings implements StandingSource {

    private final Database database;

    public StoredStandings(Database database) {
        this.database = database;
    }

    @Override
    public Map<CreditCode, EnterpriseStanding> standings(int year) {
        Map<CreditCode, CreditCode> landlords = new HashMap<>();
        database.jdbc().query("SELECT l.tenant, l.landlord, SUM(l.area_mu) AS area FROM land_lease l "
                        + "JOIN import_batch b ON b.id = l.batch_id WHERE l.year = ? AND b.status = ? AND l.tenant <> l.landlord "
                        + "GROUP BY l.tenant, l.landlord ORDER BY l.tenant, area DESC, l.landlord",
                rs -> {
                    CreditCode tenant = CreditCode.parse(rs.getString(1));
                    // rows come largest area first per tenant: the first landlord seen wins
                    landlords.putIfAbsent(tenant, CreditCode.parse(rs.getString(2)));
                }, year, BatchStatus.ACTIVE.name());
        Map<CreditCode, Map<String, Integer>> events = new HashMap<>();
        database.jdbc().query("SELECT v.credit_code, v.kind, MAX(v.event_count) FROM enterprise_event v "
                        + "JOIN import_batch b ON b.id = v.batch_id WHERE v.year = ? AND b.status = ? AND v.event_count > 0 "
                        + "GROUP BY v.credit_code, v.kind",
                rs -> {
                    events.computeIfAbsent(CreditCode.parse(rs.getString(1)), c -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, year, BatchStatus.ACTIVE.name());
        Map<CreditCode, Set<String>> tags = new HashMap<>();
        database.jdbc().query("SELECT DISTINCT t.credit_code, t.tag FROM enterprise_tag t JOIN import_batch b ON b.id = t.batch_id "
                        + "WHERE t.year = ? AND b.status = ?",
                rs -> {
                    tags.computeIfAbsent(CreditCode.parse(rs.getString(1)), c -> new HashSet<>()).add(rs.getString(2));
                }, year, BatchStatus.ACTIVE.name());
        Map<CreditCode, EnterpriseStanding> out = new HashMap<>();
        Set<CreditCode> codes = new HashSet<>(landlords.keySet());
        codes.addAll(events.keySet());
        codes.addAll(tags.keySet());
        for (CreditCode code : codes) {
            out.put(code, new EnterpriseStanding(tags.getOrDefault(code, Set.of()), events.getOrDefault(code, Map.of()),
                    Optional.ofNullable(landlords.get(code))));
        }
        return out;
    }

    @Override
    public String note() {
        return "landlords from the ACTIVE land-lease batches of the year (largest leased area); events from the ACTIVE batches of "
                + "the year (environmental violations: 环境违法次数 of the environment file; safety accidents and serious dishonesty: the "
                + "生产安全事故 and 严重失信 lists; administrative penalties: the 行政处罚 records, one per decision); tags from the ACTIVE "
                + "official lists of the year (高新技术企业, 专精特新, 制造业单项冠军, 上市企业, 链主企业)";
    }

    /** {@link #note()} and, per tag and event kind, the ACTIVE batches of the year it came from with their files and counts. */
    @Override
    public String note(int year) {
        List<String> parts = new ArrayList<>();
        database.jdbc().query("SELECT t.tag, b.id, b.file_name, COUNT(DISTINCT t.credit_code) FROM enterprise_tag t "
                        + "JOIN import_batch b ON b.id = t.batch_id WHERE t.year = ? AND b.status = ? "
                        + "GROUP BY t.tag, b.id, b.file_name ORDER BY t.tag, b.id",
                rs -> {
                    parts.add("tag " + rs.getString(1) + " (" + rs.getLong(4) + ") from batch " + rs.getLong(2) + " (" + rs.getString(3) + ")");
                }, year, BatchStatus.ACTIVE.name());
        database.jdbc().query("SELECT v.kind, b.id, b.file_name, COUNT(DISTINCT v.credit_code) FROM enterprise_event v "
                        + "JOIN import_batch b ON b.id = v.batch_id WHERE v.year = ? AND b.status = ? AND v.event_count > 0 "
                        + "GROUP BY v.kind, b.id, b.file_name ORDER BY v.kind, b.id",
                rs -> {
                    parts.add("event " + rs.getString(1) + " (" + rs.getLong(4) + ") from batch " + rs.getLong(2) + " (" + rs.getString(3) + ")");
                }, year, BatchStatus.ACTIVE.name());
        return note() + (parts.isEmpty() ? "; none stored for " + year : "; " + year + ": " + String.join("; ", parts));
    }
}
