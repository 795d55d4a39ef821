package io.muyield.store.reference;

import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the 经信委 park roster {@code parks.csv} (UTF-8, headers 园区代码, 园区名称, 所属区县, 园区级别; see
 * docs/DEPARTMENT-FILES.md) into {@link Park}s, failing on the first invalid row with file and line.
 */
public final class ParkRoster {

    private ParkRoster() {
    }

    public static List<Park> read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the park roster " + file, e);
        }
    }

    public static List<Park> parse(String fileName, String text) {
        CsvTable table = CsvTable.parse(fileName, text);
        return table.map(row -> new Park(row.required("园区代码"), row.required("园区名称"), row.required("所属区县"),
                ParkLevel.ofChinese(row.required("园区级别"))));
    }
}
