package io.muyield.store.reference;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterCode;
import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryClass;
import io.muyield.core.region.GroupMembership;
import io.muyield.core.region.Park;
import io.muyield.core.region.Region;
import io.muyield.store.Database;
import io.muyield.store.energy.EnergyFactor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the reference tables shipped under {@code refdata/} (GB/T 4754-2017, Chongqing's regions and groupings,
 * the 33618 clusters, energy factors) and the park roster. Every row is parsed into its core record first, so an
 * invalid row fails loudly with file and line before anything is written; the load itself is one transaction.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** Everything in the shipped reference files, parsed and validated. */
    record Contents(IndustryCatalog industries, RegionTable.Parsed regions, List<ClusterTable.Row> clusters,
                    List<EnergyFactor> energyFactors) {
    }

    /** Parses the shipped files; throws {@link ReferenceDataException} naming file and line on the first bad row. */
    static Contents read() {
        IndustryCatalog industries = IndustryTable.parse(CsvTable.resource(IndustryTable.FILE));
        return new Contents(industries,
                RegionTable.parse(CsvTable.resource(RegionTable.FILE)),
                ClusterTable.parse(CsvTable.resource(ClusterTable.FILE), industries),
                EnergyFactorTable.parse(CsvTable.resource(EnergyFactorTable.FILE)));
    }

    /**
     * Loads the reference tables unless they are already there.
     *
     * @return true when this call loaded them, false when they were present
     */
    public static boolean loadIfEmpty(Database database) {
        if (loaded(database.jdbc())) {
            return false;
        }
        Contents contents = read();
        return database.inTransaction(() -> {
            JdbcTemplate jdbc = database.jdbc();
            if (loaded(jdbc)) {
                return false;
            }
            insertIndustries(jdbc, contents.industries().all());
            insertRegions(jdbc, contents.regions().regions(), contents.regions().memberships());
            insertClusters(jdbc, contents.clusters());
            insertEnergyFactors(jdbc, contents.energyFactors());
            return true;
        });
    }

    /**
     * Inserts or updates parks from the roster. Each park must lie in a known district, county or functional zone.
     *
     * @return the number of parks written
     */
    public static int loadParks(Database database, Collection<Park> parks) {
        Set<String> seen = new HashSet<>();
        for (Park p : parks) {
            if (!seen.add(p.code())) {
                throw new ReferenceDataException("park roster lists park " + p.code() + " twice");
            }
        }
        return database.inTransaction(() -> {
            JdbcTemplate jdbc = database.jdbc();
            Set<String> units = new HashSet<>(jdbc.queryForList(
                    "SELECT code FROM region WHERE kind IN ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY', 'FUNCTIONAL_ZONE')", String.class));
            for (Park p : parks) {
                if (!units.contains(p.regionCode())) {
                    throw new ReferenceDataException("park " + p.code() + " (" + p.nameZh() + ") lies in unknown district or zone '"
                            + p.regionCode() + "'" + (units.isEmpty() ? " (reference data not loaded?)" : ""));
                }
            }
            List<Object[]> rows = parks.stream()
                    .map(p -> new Object[]{p.code(), p.nameZh(), p.regionCode(), p.level().name()}).toList();
            jdbc.batchUpdate("INSERT INTO park (code, name_zh, region_code, level) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, region_code = EXCLUDED.region_code, "
                    + "level = EXCLUDED.level", rows);
            return rows.size();
        });
    }

    private static boolean loaded(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM industry_class", Long.class);
        return n != null && n > 0;
    }

    private static void insertIndustries(JdbcTemplate jdbc, List<IndustryClass> classes) {
        List<Object[]> rows = classes.stream().map(c -> new Object[]{c.code().value(), c.level().number(), c.nameZh(),
                c.nameEn().orElse(null), c.parent().map(p -> p.value()).orElse(null), String.valueOf(c.section())}).toList();
        jdbc.batchUpdate("INSERT INTO industry_class (code, level, name_zh, name_en, parent_code, section) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    private static void insertRegions(JdbcTemplate jdbc, List<Region> regions, List<GroupMembership> memberships) {
        List<Object[]> rows = regions.stream().map(r -> new Object[]{r.code(), r.nameZh(), r.nameEn(), r.kind().name(),
                r.parentCode().orElse(null), r.nationalCode(),
                r.overlapsDistricts().isEmpty() ? null : String.join(";", r.overlapsDistricts())}).toList();
        jdbc.batchUpdate("INSERT INTO region (code, name_zh, name_en, kind, parent_code, national_code, overlaps_districts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        List<Object[]> groups = memberships.stream()
                .map(m -> new Object[]{m.grouping(), m.regionCode(), m.groupCode()}).toList();
        jdbc.batchUpdate("INSERT INTO region_grouping (grouping, region_code, group_code) VALUES (?, ?, ?)", groups);
    }

    private static void insertClusters(JdbcTemplate jdbc, List<ClusterTable.Row> clusters) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> codes = new ArrayList<>();
        for (ClusterTable.Row row : clusters) {
            Cluster c = row.cluster();
            rows.add(new Object[]{c.id(), c.tier().name(), c.nameZh(), c.nameEn(), c.targetYuan().orElse(null), c.targetYear(),
                    c.manufacturing(), c.officialMapping(), c.basis(), row.nameBasis(), row.overlaps(), row.reasoning()});
            int position = 0;
            for (ClusterCode code : c.codes()) {
                codes.add(new Object[]{c.id(), code.prefix().value(), code.core(), code.partial(), position++});
            }
        }
        jdbc.batchUpdate("INSERT INTO cluster (id, tier, name_zh, name_en, target_yuan, target_year, manufacturing, "
                + "official_mapping, basis, name_basis, overlaps_note, reasoning) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO cluster_code (cluster_id, code_prefix, core, partial, position) VALUES (?, ?, ?, ?, ?)", codes);
    }

    private static void insertEnergyFactors(JdbcTemplate jdbc, List<EnergyFactor> factors) {
        List<Object[]> rows = factors.stream().map(f -> new Object[]{f.id(), f.category(), f.itemZh(), f.itemEn(), f.parameter(),
                f.value(), f.number().orElse(null), f.unit(), f.versionOrYear(), f.region(), f.source(), f.confidence(), f.note()}).toList();
        jdbc.batchUpdate("INSERT INTO energy_factor (id, category, item_zh, item_en, parameter, value, value_number, unit, "
                + "version_or_year, region, source, confidence, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
