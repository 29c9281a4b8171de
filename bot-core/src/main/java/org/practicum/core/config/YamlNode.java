package org.practicum.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so that every problem found while reading a
 * hand-edited file can be reported as {@code file:line: problem}.
 */
public final class YamlNode {

    private final String file;
    private final Node node;
    private final String path;

    private YamlNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    public static YamlNode parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static YamlNode parse(String fileName, String text) {
        return parse(fileName, new StringReader(text));
    }

    private static YamlNode parse(String fileName, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new ConfigException(fileName, 1, "the file is empty");
            }
            return new YamlNode(fileName, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ConfigException(fileName, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(fileName, 0, "not valid YAML: " + e.getMessage());
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** The dotted path of this node from the root, e.g. {@code layers[2].trust}. */
    public String path() {
        return path.isEmpty() ? "(top level)" : path;
    }

    public ConfigException error(String problem) {
        return new ConfigException(file, line(), problem);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping in file order. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error(path() + " should be a mapping of keys to values");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(file, tuple.getKeyNode().getStartMark().getLine() + 1,
                        "keys must be plain words");
            }
            out.put(key.getValue(), new YamlNode(file, tuple.getValueNode(), child(key.getValue())));
        }
        return out;
    }

    public Optional<YamlNode> optional(String key) {
        YamlNode value = entries().get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public YamlNode required(String key) {
        return optional(key).orElseThrow(() -> error("missing '" + key + "'"
                + (path.isEmpty() ? "" : " in " + path)));
    }

    public List<YamlNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(path() + " should be a list");
        }
        List<YamlNode> out = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlNode(file, items.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && node.getTag().getValue().endsWith(":null");
    }

    public String string() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(path() + " should be a single value, not a " + (isSequence() ? "list" : "mapping"));
        }
        return scalar.getValue();
    }

    public String nonBlankString() {
        String value = string().strip();
        if (value.isEmpty()) {
            throw error(path() + " must not be empty");
        }
        return value;
    }

    public double number() {
        try {
            return Double.parseDouble(string().strip());
        } catch (NumberFormatException e) {
            throw error(path() + " should be a number, was '" + string() + "'");
        }
    }

    public int integer() {
        try {
            return Integer.parseInt(string().strip());
        } catch (NumberFormatException e) {
            throw error(path() + " should be a whole number, was '" + string() + "'");
        }
    }

    public boolean bool() {
        String v = string().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(path() + " should be true or false, was '" + string() + "'");
        };
    }

    /** A list of strings; a single scalar counts as a list of one. */
    public List<String> strings() {
        if (isScalar()) {
            return List.of(nonBlankString());
        }
        return list().stream().map(YamlNode::nonBlankString).toList();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
