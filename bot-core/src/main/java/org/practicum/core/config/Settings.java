package org.practicum.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of {@code application.yaml}, each of which an environment variable can override:
 * {@code PRACTICUM_} + the dotted path with dots and dashes as underscores, upper case
 * ({@code storage.data-dir} becomes {@code PRACTICUM_STORAGE_DATA_DIR}). Only settings present in
 * the file exist, so the shipped file documents every one of them.
 */
public final class Settings {

    /**
     * Environment variables that share the prefix but are not settings: the secrets, and what the launcher
     * ({@code ./practicum}: where config lives, the JVM's options) and {@code logback.xml} read themselves.
     */
    private static final List<String> NOT_SETTINGS = List.of("PRACTICUM_LLM_API_KEY", "PRACTICUM_STORAGE_PASSWORD",
            "PRACTICUM_CONFIG_DIR", "PRACTICUM_JAVA_OPTS", "PRACTICUM_LOG_LEVEL");

    private final Map<String, Value> values;

    private record Value(String text, String origin, int line, boolean list) {
    }

    private Settings(Map<String, Value> values) {
        this.values = values;
    }

    public static Settings load(Path file, Map<String, String> env) {
        return from(YamlNode.parse(file), env);
    }

    public static Settings from(YamlNode root, Map<String, String> env) {
        Map<String, Value> values = new LinkedHashMap<>();
        flatten(root, "", values);
        for (Map.Entry<String, Value> e : new ArrayList<>(values.entrySet())) {
            String var = envName(e.getKey());
            String override = env.get(var);
            if (override != null) {
                values.put(e.getKey(), new Value(override, "environment variable " + var, 0, e.getValue().list()));
            }
        }
        return new Settings(values);
    }

    /** The environment variable that overrides a setting. */
    public static String envName(String path) {
        return "PRACTICUM_" + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Variables named like settings that match none: most likely typos worth a warning. */
    public List<String> unknownEnvironmentVariables(Map<String, String> env) {
        List<String> known = values.keySet().stream().map(Settings::envName).toList();
        return env.keySet().stream()
                .filter(k -> k.startsWith("PRACTICUM_") && !known.contains(k) && !NOT_SETTINGS.contains(k))
                .sorted().toList();
    }

    public boolean has(String path) {
        return values.containsKey(path);
    }

    public String string(String path) {
        return value(path).text();
    }

    public Optional<String> optionalString(String path) {
        String text = value(path).text().strip();
        return text.isEmpty() || text.equals("null") || text.equals("~") ? Optional.empty() : Optional.of(text);
    }

    public int integer(String path) {
        Value v = value(path);
        try {
            return Integer.parseInt(v.text().strip());
        } catch (NumberFormatException e) {
            throw problem(v, path + " should be a whole number, was '" + v.text() + "'");
        }
    }

    public double number(String path) {
        Value v = value(path);
        try {
            return Double.parseDouble(v.text().strip());
        } catch (NumberFormatException e) {
            throw problem(v, path + " should be a number, was '" + v.text() + "'");
        }
    }

    public boolean bool(String path) {
        Value v = value(path);
        return switch (v.text().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw problem(v, path + " should be true or false, was '" + v.text() + "'");
        };
    }

    /** A list setting; from the environment it is comma-separated. */
    public List<String> strings(String path) {
        String text = value(path).text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Path path(String path) {
        return Path.of(string(path).strip());
    }

    /** Fails with the file and line of a setting whose value is out of its allowed range. */
    public ConfigException invalid(String path, String problem) {
        return problem(value(path), path + " " + problem);
    }

    private Value value(String path) {
        Value v = values.get(path);
        if (v == null) {
            throw new ConfigException("application.yaml", 0, "missing setting '" + path + "'");
        }
        return v;
    }

    private static ConfigException problem(Value v, String message) {
        return new ConfigException(v.origin(), v.line(), message);
    }

    private static void flatten(YamlNode node, String prefix, Map<String, Value> out) {
        if (node.isMapping()) {
            for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
                flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
            }
        } else if (node.isSequence()) {
            String joined = String.join(",", node.list().stream().map(YamlNode::string).toList());
            out.put(prefix, new Value(joined, node.file(), node.line(), true));
        } else {
            out.put(prefix, new Value(node.isNull() ? "" : node.string(), node.file(), node.line(), false));
        }
    }
}
