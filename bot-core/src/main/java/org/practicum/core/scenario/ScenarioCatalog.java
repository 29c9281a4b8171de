package org.practicum.core.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.practicum.core.config.ConfigException;

/**
 * The scenarios of a directory. A broken file is recorded as a problem and skipped, so one bad
 * file never takes the others down.
 */
public final class ScenarioCatalog {

    private final Map<String, Scenario> scenarios;
    private final List<ConfigException> problems;

    private ScenarioCatalog(Map<String, Scenario> scenarios, List<ConfigException> problems) {
        this.scenarios = scenarios;
        this.problems = List.copyOf(problems);
    }

    public static ScenarioCatalog load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ConfigException(directory.toString(), 0, "scenario directory not found");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ConfigException(directory.toString(), 0, "cannot list scenarios: " + e.getMessage());
        }
        Map<String, Scenario> loaded = new LinkedHashMap<>();
        List<ConfigException> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                Scenario s = ScenarioReader.read(file);
                loaded.put(s.id(), s);
            } catch (ConfigException e) {
                problems.add(e);
            }
        }
        return new ScenarioCatalog(loaded, problems);
    }

    public static ScenarioCatalog of(List<Scenario> scenarios) {
        Map<String, Scenario> map = new LinkedHashMap<>();
        scenarios.forEach(s -> map.put(s.id(), s));
        return new ScenarioCatalog(map, List.of());
    }

    /** Scenarios ordered by difficulty, then id. */
    public List<Scenario> all() {
        return scenarios.values().stream()
                .sorted(Comparator.comparing(Scenario::difficulty).thenComparing(Scenario::id)).toList();
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(id == null ? null : scenarios.get(id.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public List<ConfigException> problems() {
        return problems;
    }
}
