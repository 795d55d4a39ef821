package io.muyield.core.region;

import java.util.Objects;

/**
 * A district's place in a dated grouping: the 一区两群 of 2020 (21/11/6) or the 2021–2035 territorial plan
 * that moves 垫江 into 主城都市区 (22/10/6). Groupings are data, never derived from map files.
 */
public record GroupMembership(String grouping, String regionCode, String groupCode) {
    public GroupMembership {
        Objects.requireNonNull(grouping);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(groupCode);
    }
}
