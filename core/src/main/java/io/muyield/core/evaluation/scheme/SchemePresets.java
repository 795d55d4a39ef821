package io.muyield.core.evaluation.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The schemes shipped with muyield, each citing its source in DOMAIN.md; unconfirmed parameters are listed in the
 * scheme's {@code assumptions}.
 */
public final class SchemePresets {

    public static final String CHONGQING_2023 = "chongqing-2023";
    public static final String HUANGYAN_2022 = "huangyan-2022";
    public static final String SHANDONG_STYLE = "shandong-style";
    public static final String LINHAI_2016 = "linhai-2016";

    private SchemePresets() {
    }

    public static List<String> ids() {
        return List.of(CHONGQING_2023, HUANGYAN_2022, SHANDONG_STYLE, LINHAI_2016);
    }

    /** The YAML text of a preset. */
    public static String text(String id) {
        if (!ids().contains(id)) {
            throw new IllegalArgumentException("no preset scheme " + id + " (presets: " + String.join(", ", ids()) + ")");
        }
        try (InputStream in = SchemePresets.class.getResourceAsStream("/io/muyield/core/evaluation/presets/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("preset " + id + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scheme load(String id) {
        return SchemeLoader.load(text(id), id + ".yaml");
    }
}
