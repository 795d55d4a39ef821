package io.muyield.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link CityGenerator#writeFiles(Path)} wrote.
 *
 * @param directory  the output directory
 * @param files      every file written, relative to the directory, sorted
 * @param faults     number of injected faults (rows in _truth/faults.csv)
 * @param elapsed    wall-clock time
 */
public record WriteSummary(Path directory, List<String> files, int faults, Duration elapsed) {
    public WriteSummary {
        files = List.copyOf(files);
    }
}
