package io.muyield.ingest;

import io.muyield.core.industry.IndustryCode;
import io.muyield.ingest.validate.ReferenceData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reference data for tests: copies of shared/data's GB/T 4754 catalogue and Chongqing region list. */
public final class TestReference {

    private static ReferenceData cached;

    private TestReference() {
    }

    public static synchronized ReferenceData chongqing() {
        if (cached == null) {
            Set<String> classes = new HashSet<>();
            for (String[] row : rows("/reference/gbt4754_2017.csv")) {
                if (row[1].equals("4")) {
                    classes.add(row[0]);
                }
            }
            Map<String, String> districts = new HashMap<>();
            Map<String, String> zones = new HashMap<>();
            for (String[] row : rows("/reference/chongqing_regions.csv")) {
                String type = row[3];
                if (type.startsWith("functional_area")) {
                    zones.put(row[0], row[0]);
                    zones.put(row[1], row[0]);
                } else if (type.contains("county") || type.equals("district")) {
                    districts.put(row[0], row[0]);
                    districts.put(row[1], row[0]);
                }
            }
            cached = new ReferenceData(c -> classes.contains(c.value()), districts, zones, Optional.empty());
        }
        return cached;
    }

    public static boolean knownClass(IndustryCode c) {
        return chongqing().knownIndustry(c);
    }

    public static Path corpus(String name) {
        try {
            return Path.of(TestReference.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String[]> rows(String resource) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(TestReference.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
