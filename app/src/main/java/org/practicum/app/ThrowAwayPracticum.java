package org.practicum.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Practicum as configured, on a fresh data directory that is deleted afterwards: what measuring
 * commands (bench, eval client) run on, so they never touch a community's sessions.
 */
public final class ThrowAwayPracticum implements AutoCloseable {

    private final Path data;
    private final Practicum practicum;

    private ThrowAwayPracticum(Path data, Practicum practicum) {
        this.data = data;
        this.practicum = practicum;
    }

    public static ThrowAwayPracticum open(Path configDir, Map<String, String> env, String name) {
        try {
            Path data = Files.createTempDirectory("practicum-" + name);
            Map<String, String> overlay = new HashMap<>(env);
            overlay.put("PRACTICUM_STORAGE_DATA_DIR", data.toString());
            overlay.put("PRACTICUM_STORAGE_RETENTION_DAYS", "0");
            return new ThrowAwayPracticum(data, Practicum.openToPractise(configDir, overlay));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary data directory", e);
        }
    }

    public Practicum practicum() {
        return practicum;
    }

    @Override
    public void close() {
        practicum.close();
        try (var walk = Files.walk(data)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
