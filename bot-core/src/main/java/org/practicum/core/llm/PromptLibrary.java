package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.practicum.core.config.ConfigException;
import org.practicum.core.scenario.ClientStyle;
import org.practicum.core.simulation.ClientMove;

/**
 * The prompt templates and JSON schemas in {@code config/prompts/}, read once at start-up so a
 * missing or broken file fails start-up with its name. Templates use {@code {{name}}} variables.
 */
public final class PromptLibrary {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, PromptTemplate> templates = new HashMap<>();
    private final Map<String, JsonShape> shapes = new HashMap<>();
    private final Map<ClientMove, String> moves = new EnumMap<>(ClientMove.class);
    private final Map<ClientStyle, String> styles = new EnumMap<>(ClientStyle.class);

    private PromptLibrary() {
    }

    public static PromptLibrary load(Path dir) {
        PromptLibrary library = new PromptLibrary();
        for (String name : new String[] {"client-system", "client-turn", "suggestions-system", "suggestions-turn",
                "analysis-system", "analysis-turn", "repair", "role-retry"}) {
            library.templates.put(name, PromptTemplate.from(read(dir.resolve(name + ".txt"))));
        }
        for (String name : new String[] {"client-reply", "suggestions", "analysis"}) {
            Path file = dir.resolve(name + ".schema.json");
            library.shapes.put(name, JsonShape.of(name, file.toString(), read(file)));
        }
        JsonNode moves = yaml(dir.resolve("client-moves.yaml"));
        for (ClientMove move : ClientMove.values()) {
            library.moves.put(move, required(moves, move.id(), dir.resolve("client-moves.yaml")));
        }
        JsonNode styles = yaml(dir.resolve("styles.yaml"));
        for (ClientStyle style : ClientStyle.values()) {
            library.styles.put(style, required(styles, style.id(), dir.resolve("styles.yaml")));
        }
        return library;
    }

    String render(String template, Map<String, Object> values) {
        return templates.get(template).apply(values).text();
    }

    JsonShape shape(String name) {
        return shapes.get(name);
    }

    String move(ClientMove move) {
        return moves.get(move);
    }

    String style(ClientStyle style) {
        return styles.get(style);
    }

    private static String required(JsonNode node, String key, Path file) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ConfigException(file.toString(), 0, "missing entry '" + key + "'");
        }
        return value.asText().strip();
    }

    private static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(read(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "prompt file not readable ("
                    + e.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "); see llm.prompts");
        }
    }
}
