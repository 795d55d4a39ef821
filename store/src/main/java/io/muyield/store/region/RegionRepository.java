package io.muyield.store.region;

import io.muyield.core.region.GroupMembership;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the region hierarchy and its dated groupings. */
public final class RegionRepository {

    /** 一区两群 as announced in 2020: 主城都市区 21, 渝东北 11, 渝东南 6. */
    public static final String GROUPING_2020 = "yqlq_2020";
    /** 一区两群 under the 2021–2035 territorial plan (approved 2024): 垫江 joins 主城都市区, 22/10/6. */
    public static final String GROUPING_2024 = "yqlq_2024";

    private static final String SELECT = "SELECT code, name_zh, name_en, kind, parent_code, national_code, overlaps_districts FROM region ";

    private final Database database;

    public RegionRepository(Database database) {
        this.database = database;
    }

    /** Every region, ordered by code. */
    public List<Region> all() {
        return database.jdbc().query(SELECT + "ORDER BY code", (rs, n) -> map(rs));
    }

    public Optional<Region> find(String code) {
        return database.jdbc().query(SELECT + "WHERE code = ?", (rs, n) -> map(rs), code).stream().findFirst();
    }

    /** Regions of one kind, ordered by code. */
    public List<Region> ofKind(RegionKind kind) {
        return database.jdbc().query(SELECT + "WHERE kind = ? ORDER BY code", (rs, n) -> map(rs), kind.name());
    }

    /** The units evaluated as a 区县: districts, counties, autonomous counties and functional zones. */
    public List<Region> countyLevel() {
        return all().stream().filter(r -> r.kind().isCountyLevel()).toList();
    }

    /** The names of the dated groupings held, e.g. {@link #GROUPING_2020}. */
    public List<String> groupings() {
        return database.jdbc().queryForList("SELECT DISTINCT grouping FROM region_grouping ORDER BY grouping", String.class);
    }

    /** Each district's group in the grouping, ordered by district code. */
    public List<GroupMembership> memberships(String grouping) {
        return database.jdbc().query("SELECT grouping, region_code, group_code FROM region_grouping WHERE grouping = ? ORDER BY region_code",
                (rs, n) -> new GroupMembership(rs.getString(1), rs.getString(2), rs.getString(3)), grouping);
    }

    static Region map(ResultSet rs) throws SQLException {
        String overlaps = rs.getString("overlaps_districts");
        return new Region(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                RegionKind.valueOf(rs.getString("kind")), Optional.ofNullable(rs.getString("parent_code")),
                rs.getBoolean("national_code"), overlaps == null ? List.of() : Arrays.asList(overlaps.split(";")));
    }
}
