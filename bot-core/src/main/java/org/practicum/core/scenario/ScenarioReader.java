package org.practicum.core.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.YamlNode;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.EmotionCategory;

/**
 * Reads and validates one scenario file, the rules of {@code docs/scenario-format.md}. Every
 * problem is a {@link ConfigException} naming the file and line.
 */
public final class ScenarioReader {

    static final int MAX_LINE_CHARS = 600;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Set<String> seenLines = new HashSet<>();

    public static Scenario read(Path file) {
        YamlNode root = YamlNode.parse(file);
        Scenario scenario = new ScenarioReader().scenario(root);
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!scenario.id().equals(expected)) {
            throw root.required("id").error("id '" + scenario.id() + "' must equal the file name '" + expected + "'");
        }
        return scenario;
    }

    Scenario scenario(YamlNode root) {
        YamlNode idNode = root.required("id");
        String id = idNode.nonBlankString();
        if (!ID.matcher(id).matches()) {
            throw idNode.error("id '" + id + "' must be lowercase letters, digits and dashes");
        }
        Difficulty difficulty = enumValue(root.required("difficulty"), Difficulty.class);
        ClientStyle style = enumValue(root.required("style"), ClientStyle.class);
        double initialTrust = root.optional("initial_trust").map(n -> unit(n, "initial_trust")).orElse(0.2);
        List<String> warnings = root.optional("content_warnings").map(YamlNode::strings).orElse(List.of());
        Persona persona = persona(root.required("persona"));
        List<String> principles = root.required("principles").strings();
        if (principles.size() < 2) {
            throw root.required("principles").error("write at least 2 principles an expert would give for playing "
                    + persona.name());
        }
        YamlNode opening = root.required("opening");
        EmotionCategory openingEmotion = emotion(opening.required("emotion"));
        List<Line> openingLines = lines(opening.required("lines"), openingEmotion, 1);

        List<Layer> layers = layers(root.required("layers"));
        if (difficulty == Difficulty.ADVANCED && !hasIdeationAtOrBelowCore(layers)) {
            throw root.required("layers").error("an advanced scenario needs a cue of kind 'ideation' "
                    + "in the core layer or a deeper one");
        }
        Map<ReactionKind, List<Line>> reactions = reactions(root.required("reactions"));
        YamlNode closing = root.required("closing");
        List<Line> thanks = lines(closing.required("thanks"), EmotionCategory.HAPPINESS, 2);
        List<Line> leave = lines(closing.required("leave"), EmotionCategory.SADNESS, 2);
        return new Scenario(id, root.required("title").nonBlankString(), difficulty, style, initialTrust, warnings,
                persona, root.required("presenting_problem").nonBlankString(), principles, openingLines, layers,
                reactions, thanks, leave);
    }

    private Persona persona(YamlNode node) {
        YamlNode age = node.required("age");
        int years = age.integer();
        if (years < 13 || years > 110) {
            throw age.error("age should be between 13 and 110, was " + years);
        }
        return new Persona(node.required("name").nonBlankString(), years, node.required("pronouns").nonBlankString(),
                node.required("background").nonBlankString());
    }

    private List<Layer> layers(YamlNode node) {
        List<YamlNode> items = node.list();
        if (items.size() < 3) {
            throw node.error("write at least 3 layers (the surface, something deeper, the core)");
        }
        List<Layer> layers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        double previousTrust = 0;
        int cores = 0;
        for (YamlNode item : items) {
            YamlNode idNode = item.required("id");
            String id = idNode.nonBlankString();
            if (!ids.add(id)) {
                throw idNode.error("layer id '" + id + "' is used twice");
            }
            YamlNode trustNode = item.required("trust");
            double trust = unit(trustNode, "trust");
            if (trust < previousTrust) {
                throw trustNode.error("layer '" + id + "' needs trust " + trust + ", less than the layer before it ("
                        + previousTrust + "); deeper layers must need at least as much trust");
            }
            previousTrust = trust;
            boolean core = item.optional("core").map(YamlNode::bool).orElse(false);
            cores += core ? 1 : 0;
            EmotionCategory emotion = emotion(item.required("emotion"));
            List<Cue> cues = new ArrayList<>();
            for (YamlNode cue : item.optional("cues").map(YamlNode::list).orElse(List.of())) {
                cues.add(new Cue(cueKind(cue.required("kind")), lines(cue.required("lines"), emotion, 1),
                        lines(cue.required("when_asked"), emotion, 1)));
            }
            layers.add(new Layer(id, trust, core, emotion, item.required("feeling").nonBlankString(),
                    item.required("gist").nonBlankString(), lines(item.required("disclose"), emotion, 2),
                    lines(item.required("elaborate"), emotion, 3), cues));
        }
        if (cores != 1) {
            throw node.error("exactly one layer must have 'core: true', found " + cores);
        }
        return layers;
    }

    private Map<ReactionKind, List<Line>> reactions(YamlNode node) {
        Map<ReactionKind, List<Line>> out = new EnumMap<>(ReactionKind.class);
        Set<String> known = new HashSet<>();
        for (ReactionKind kind : ReactionKind.values()) {
            known.add(kind.key());
            EmotionCategory emotion = kind.defaultEmotion() == null ? EmotionCategory.NEUTRAL : kind.defaultEmotion();
            out.put(kind, lines(node.required(kind.key()), emotion, 2));
        }
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error("unknown reaction '" + e.getKey() + "' (expected " + known + ")");
            }
        }
        return out;
    }

    private List<Line> lines(YamlNode node, EmotionCategory groupEmotion, int minimum) {
        List<YamlNode> items = node.isScalar() ? List.of(node) : node.list();
        if (items.size() < minimum) {
            throw node.error(node.path() + " needs at least " + minimum + " line" + (minimum > 1 ? "s" : "")
                    + ", has " + items.size());
        }
        List<Line> out = new ArrayList<>();
        for (YamlNode item : items) {
            String text;
            EmotionCategory emotion = groupEmotion;
            if (item.isMapping()) {
                text = item.required("text").nonBlankString();
                emotion = item.optional("emotion").map(this::emotion).orElse(groupEmotion);
            } else {
                text = item.nonBlankString();
            }
            if (text.length() > MAX_LINE_CHARS) {
                throw item.error("line is " + text.length() + " characters; keep lines under " + MAX_LINE_CHARS);
            }
            if (!seenLines.add(text.toLowerCase(Locale.ROOT))) {
                throw item.error("this line appears twice in the file: \"" + abbreviate(text) + "\"");
            }
            out.add(new Line(text, emotion));
        }
        return out;
    }

    private EmotionCategory emotion(YamlNode node) {
        try {
            return EmotionCategory.parse(node.string());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private CueKind cueKind(YamlNode node) {
        try {
            return CueKind.parse(node.string());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static double unit(YamlNode node, String name) {
        double v = node.number();
        if (v < 0 || v > 1) {
            throw node.error(name + " must be between 0 and 1, was " + v);
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(YamlNode node, Class<E> type) {
        String value = node.nonBlankString();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw node.error("'" + value + "' is not one of " + allowed);
    }

    private static boolean hasIdeationAtOrBelowCore(List<Layer> layers) {
        boolean belowCore = false;
        for (Layer layer : layers) {
            belowCore |= layer.core();
            if (belowCore && layer.cues().stream().anyMatch(c -> c.kind() == CueKind.IDEATION)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** For callers that want the problem rather than the exception. */
    public static String describe(ConfigException e) {
        return e.getMessage();
    }
}
