package io.muyield.app.evaluation;

import io.muyield.core.evaluation.scheme.SchemePresets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scheme named on the command line or in a form: a preset id, or a YAML file; with the name its errors should cite. */
public record SchemeText(String text, String fileName) {

    /**
     * @throws IllegalArgumentException when it is neither a preset nor a readable file (one line, listing the presets)
     */
    public static SchemeText resolve(String fileOrPreset) {
        if (SchemePresets.ids().contains(fileOrPreset)) {
            return new SchemeText(SchemePresets.text(fileOrPreset), fileOrPreset + ".yaml");
        }
        Path file = Path.of(fileOrPreset);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no scheme file or preset '" + fileOrPreset + "' (presets: " + String.join(", ", SchemePresets.ids()) + ")");
        }
        try {
            return new SchemeText(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the scheme " + file + ": " + e.getMessage(), e);
        }
    }
}
