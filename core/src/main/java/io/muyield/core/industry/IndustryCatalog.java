package io.muyield.core.industry;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GB/T 4754-2017 catalogue: lookup by code, and the 门类 of any numeric code. */
public final class IndustryCatalog {

    private final Map<IndustryCode, IndustryClass> byCode = new LinkedHashMap<>();

    public IndustryCatalog(Collection<IndustryClass> classes) {
        for (IndustryClass c : classes) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("industry code listed twice: " + c.code());
            }
        }
        for (IndustryClass c : byCode.values()) {
            c.parent().ifPresent(p -> {
                if (!byCode.containsKey(p)) {
                    throw new IllegalArgumentException("industry " + c.code() + " names an unknown parent " + p);
                }
            });
        }
    }

    public Optional<IndustryClass> find(IndustryCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(IndustryCode code) {
        return byCode.containsKey(code);
    }

    public List<IndustryClass> all() {
        return List.copyOf(byCode.values());
    }

    public List<IndustryClass> atLevel(IndustryLevel level) {
        return byCode.values().stream().filter(c -> c.level() == level).toList();
    }

    public Map<IndustryCode, IndustryClass> asMap() {
        return Collections.unmodifiableMap(byCode);
    }

    public int size() {
        return byCode.size();
    }
}
