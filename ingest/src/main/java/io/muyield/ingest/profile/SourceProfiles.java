package io.muyield.ingest.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profiles an import knows, by key. {@link #standard()} holds the built-in department profiles (eight for facts and registration, eight official lists of tags and events). */
public final class SourceProfiles {

    public static final List<String> BUILT_IN = List.of(
            "registration", "tax", "statistics", "land_parcels", "land_leases", "power", "environment", "parks",
            "high_tech", "specialised", "safety_accidents", "dishonesty", "champion", "listed", "chain_leaders", "admin_penalties");

    private final Map<String, SourceProfile> byKey = new LinkedHashMap<>();

    public SourceProfiles(Collection<SourceProfile> profiles) {
        for (SourceProfile p : profiles) {
            if (byKey.putIfAbsent(p.key(), p) != null) {
                throw new IllegalArgumentException("profile listed twice: " + p.key());
            }
        }
    }

    private static final SourceProfiles STANDARD = new SourceProfiles(BUILT_IN.stream().map(ProfileLoader::fromResource).toList());

    public static SourceProfiles standard() {
        return STANDARD;
    }

    public SourceProfile get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(
                "未知的数据来源类型“" + key + "” (unknown source profile; known: " + String.join(", ", byKey.keySet()) + ")"));
    }

    public Optional<SourceProfile> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<SourceProfile> all() {
        return List.copyOf(byKey.values());
    }

    /** A registry with one more (or a replaced) profile, for a city whose files differ. */
    public SourceProfiles with(SourceProfile profile) {
        List<SourceProfile> list = new ArrayList<>(byKey.values());
        list.removeIf(p -> p.key().equals(profile.key()));
        list.add(profile);
        return new SourceProfiles(list);
    }
}
