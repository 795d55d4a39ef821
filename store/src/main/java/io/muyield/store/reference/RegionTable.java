package io.muyield.store.reference;

import io.muyield.core.region.GroupMembership;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * chongqing_regions.csv → the municipality, its 38 districts and counties, the three functional zones, the three
 * 一区两群 groups (codes of our own: CQ-G-ZCDS, CQ-G-YDB, CQ-G-YDN) and the two dated groupings of the 38.
 */
final class RegionTable {

    static final String FILE = "chongqing_regions.csv";
    static final String GROUPING_2020 = "yqlq_2020";
    static final String GROUPING_2024 = "yqlq_2024";
    static final String MUNICIPALITY = "500000";

    /** The 一区两群 groups by their Chinese name: our code and English name. */
    private static final Map<String, String[]> GROUPS = Map.of(
            "主城都市区", new String[]{"CQ-G-ZCDS", "Main Urban Metropolitan Area"},
            "渝东北三峡库区城镇群", new String[]{"CQ-G-YDB", "Northeast Chongqing Three Gorges Reservoir Area Town Cluster"},
            "渝东南武陵山区城镇群", new String[]{"CQ-G-YDN", "Southeast Chongqing Wuling Mountain Area Town Cluster"});

    record Parsed(List<Region> regions, List<GroupMembership> memberships) {
    }

    private RegionTable() {
    }

    static Parsed parse(CsvTable table) {
        List<Region> regions = new ArrayList<>(table.map(RegionTable::parseRow));
        List<GroupMembership> memberships = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            RegionKind kind = kindOf(row);
            if (kind == RegionKind.DISTRICT || kind == RegionKind.COUNTY || kind == RegionKind.AUTONOMOUS_COUNTY) {
                memberships.add(new GroupMembership(GROUPING_2020, row.required("code"), groupCode(row, "group_2020")));
                memberships.add(new GroupMembership(GROUPING_2024, row.required("code"), groupCode(row, "group_2024")));
            }
        }
        GROUPS.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> a[0].compareTo(b[0])))
                .forEach(g -> regions.add(new Region(g.getValue()[0], g.getKey(), g.getValue()[1], RegionKind.GROUP,
                        Optional.of(MUNICIPALITY), false, List.of())));
        return new Parsed(regions, memberships);
    }

    private static Region parseRow(CsvRow row) {
        String flag = row.required("has_gbt2260_code");
        if (!flag.equals("Y") && !flag.equals("N")) {
            throw row.problem("has_gbt2260_code must be Y or N, is '" + flag + "'");
        }
        List<String> overlaps = row.optional("overlaps_districts")
                .map(s -> Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
        return new Region(row.required("code"), row.required("name_zh"), row.required("name_en"), kindOf(row),
                row.optional("parent_code"), flag.equals("Y"), overlaps);
    }

    private static RegionKind kindOf(CsvRow row) {
        String type = row.required("unit_type");
        if (type.startsWith("functional_area")) {
            return RegionKind.FUNCTIONAL_ZONE;
        }
        return switch (type) {
            case "municipality" -> RegionKind.MUNICIPALITY;
            case "district" -> RegionKind.DISTRICT;
            case "county" -> RegionKind.COUNTY;
            case "autonomous_county" -> RegionKind.AUTONOMOUS_COUNTY;
            default -> throw row.problem("unknown unit_type '" + type + "'");
        };
    }

    private static String groupCode(CsvRow row, String column) {
        String name = row.required(column);
        String[] group = GROUPS.get(name);
        if (group == null) {
            throw row.problem(column + " names an unknown group '" + name + "'");
        }
        return group[0];
    }
}
