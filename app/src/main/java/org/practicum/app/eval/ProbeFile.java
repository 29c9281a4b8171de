package org.practicum.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.practicum.core.config.ConfigException;

/**
 * Reads probes from JSON Lines: {@code {"scenario": ID, "warmup": [trainee lines], "probe": "trainee line",
 * "expect": "regex", "seed": N}} (seed optional, 1 by default; the regex is matched anywhere in the line,
 * ignoring case). Blank lines and lines starting with {@code #} are skipped; anything else that is not a
 * probe is a {@link ConfigException} naming file and line.
 */
final class ProbeFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeFile() {
    }

    static List<Probe> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read probes: " + e.getMessage());
        }
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                probes.add(probe(file, i + 1, line));
            }
        }
        if (probes.isEmpty()) {
            throw new ConfigException(file.toString(), 0, "no probes in the file");
        }
        return probes;
    }

    private static Probe probe(Path file, int number, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file.toString(), number, "not a JSON object: " + e.getOriginalMessage());
        }
        String scenario = text(node, "scenario", file, number);
        String probe = text(node, "probe", file, number);
        String expect = text(node, "expect", file, number);
        List<String> warmup = new ArrayList<>();
        JsonNode w = node.path("warmup");
        if (!w.isMissingNode() && !w.isArray()) {
            throw new ConfigException(file.toString(), number, "\"warmup\" must be a list of trainee lines");
        }
        w.forEach(x -> warmup.add(x.asText()));
        JsonNode seed = node.path("seed");
        if (!seed.isMissingNode() && !seed.canConvertToLong()) {
            throw new ConfigException(file.toString(), number, "\"seed\" must be a whole number");
        }
        try {
            return new Probe(scenario, warmup, probe, Pattern.compile(expect, Pattern.CASE_INSENSITIVE),
                    seed.isMissingNode() ? 1 : seed.asLong(), number);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(file.toString(), number, "\"expect\" is not a regular expression: "
                    + e.getDescription());
        }
    }

    private static String text(JsonNode node, String key, Path file, int number) {
        JsonNode value = node.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ConfigException(file.toString(), number, "missing \"" + key + "\" (a non-empty string)");
        }
        return value.asText();
    }
}
