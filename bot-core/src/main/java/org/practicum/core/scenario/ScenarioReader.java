package org.practicum.core.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Reads and validates one scenario file, the rules of {@code docs/scenario-format.md}. Every problem
 * that makes the file unusable is a {@link ConfigException} naming the file and line; what only reads
 * badly (the story's order) is {@link StoryCheck}'s.
 */
public final class ScenarioReader {

    static final int MAX_LINE_CHARS = 600;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> LINE_KEYS = Set.of("text", "emotion", "topics", "about", "fact", "if",
            "trust", "cue");

    private final Set<String> seenLines = new HashSet<>();
    private String file = "";
    private Map<String, Person> people = Map.of();
    private Set<String> topicIds = Set.of();
    private StoryVocabulary vocabulary = StoryVocabulary.builtIn();

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
        file = root.file();
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
        List<Person> peopleList = root.optional("people").map(this::people).orElse(List.of());
        YamlNode topicsNode = root.optional("topics").orElse(null);
        Map<String, List<String>> topicWords = topicsNode == null ? Map.of() : topicWords(topicsNode);
        topicIds = new LinkedHashSet<>(BuiltInTopics.ids());
        topicIds.addAll(topicWords.keySet());
        for (Person p : peopleList) {
            if (p.topic() != null && !topicIds.contains(p.topic())) {
                throw root.required("people").error("person '" + p.id() + "' has topic '" + p.topic()
                        + "', which is neither a built-in topic " + BuiltInTopics.ids() + " nor one under topics:");
            }
        }
        vocabulary = new StoryVocabulary(topicWords, peopleList);
        YamlNode layersNode = root.required("layers");
        Set<String> layerIds = layerIds(layersNode);
        YamlNode opening = root.required("opening");
        EmotionCategory openingEmotion = emotion(opening.required("emotion"));
        List<Line> openingLines = lines(opening.required("lines"), openingEmotion, 1);
        Map<String, Topic> topics = topics(topicsNode, topicWords);

        List<Layer> layers = layers(layersNode);
        if (difficulty == Difficulty.ADVANCED && !hasIdeationAtOrBelowCore(layers)) {
            throw layersNode.error("an advanced scenario needs a cue of kind 'ideation' "
                    + "in the core layer or a deeper one");
        }
        Map<ReactionKind, List<Line>> reactions = reactions(root.required("reactions"));
        Map<RiskQuestion, List<Line>> risk = root.optional("risk").map(this::risk).orElse(Map.of());
        YamlNode closing = root.required("closing");
        List<Line> thanks = closingLines(closing.required("thanks"), EmotionCategory.HAPPINESS, 2, layerIds);
        List<Line> leave = lines(closing.required("leave"), EmotionCategory.SADNESS, 2);
        List<Line> exhausted = closing.optional("exhausted")
                .map(n -> lines(n, EmotionCategory.NEUTRAL, 1)).orElse(List.of());
        return new Scenario(id, root.required("title").nonBlankString(), difficulty, style, initialTrust, warnings,
                persona, root.required("presenting_problem").nonBlankString(), principles, openingLines, layers,
                reactions, thanks, leave, exhausted, peopleList, topics, risk, vocabulary, file);
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

    private List<Person> people(YamlNode node) {
        List<Person> out = new ArrayList<>();
        Map<String, Person> byId = new LinkedHashMap<>();
        for (YamlNode item : node.list()) {
            YamlNode idNode = item.required("id");
            String id = idNode.nonBlankString();
            if (!ID.matcher(id).matches()) {
                throw idNode.error("person id '" + id + "' must be lowercase letters, digits and dashes");
            }
            List<String> words = item.required("words").strings();
            if (words.isEmpty()) {
                throw item.required("words").error("person '" + id + "' needs at least one word the client uses for them");
            }
            List<String> intro = item.optional("intro").map(YamlNode::strings)
                    .orElse(words.stream().map(w -> "my " + w).toList());
            String topic = item.optional("topic").map(YamlNode::nonBlankString).orElse(null);
            Person person = new Person(id, item.optional("name").map(YamlNode::nonBlankString).orElse(null),
                    item.required("who").nonBlankString(), words, intro, topic);
            if (byId.put(id, person) != null) {
                throw idNode.error("person id '" + id + "' is used twice");
            }
            out.add(person);
        }
        people = byId;
        return out;
    }

    private Map<String, List<String>> topicWords(YamlNode node) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            String id = e.getKey();
            if (!ID.matcher(id).matches()) {
                throw e.getValue().error("topic id '" + id + "' must be lowercase letters, digits and dashes");
            }
            List<String> own = e.getValue().optional("words").map(YamlNode::strings).orElse(List.of());
            if (own.isEmpty() && !BuiltInTopics.isBuiltIn(id)) {
                throw e.getValue().error("topic '" + id + "' is not a built-in one " + BuiltInTopics.ids()
                        + ", so it needs the words that show it");
            }
            words.put(id, own);
        }
        return words;
    }

    private Map<String, Topic> topics(YamlNode node, Map<String, List<String>> words) {
        Map<String, Topic> out = new LinkedHashMap<>();
        for (String id : topicIds) {
            List<Line> deflect = List.of();
            if (node != null && node.optional(id).isPresent()) {
                deflect = node.required(id).optional("deflect").map(n -> lines(n, EmotionCategory.NEUTRAL, 1))
                        .orElse(List.of());
            }
            out.put(id, new Topic(id, words.getOrDefault(id, List.of()), deflect));
        }
        return out;
    }

    private static Set<String> layerIds(YamlNode node) {
        Set<String> ids = new LinkedHashSet<>();
        for (YamlNode item : node.list()) {
            item.optional("id").filter(YamlNode::isScalar).ifPresent(n -> ids.add(n.string()));
        }
        return ids;
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
        Set<String> known = new LinkedHashSet<>();
        for (ReactionKind kind : ReactionKind.values()) {
            known.add(kind.key());
            EmotionCategory emotion = kind.defaultEmotion() == null ? EmotionCategory.NEUTRAL : kind.defaultEmotion();
            if (!kind.required() && node.optional(kind.key()).isEmpty()) {
                continue;
            }
            out.put(kind, lines(node.required(kind.key()), emotion, 2));
        }
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error("unknown reaction '" + e.getKey() + "' (expected " + known + ")");
            }
        }
        return out;
    }

    private Map<RiskQuestion, List<Line>> risk(YamlNode node) {
        Map<RiskQuestion, List<Line>> out = new EnumMap<>(RiskQuestion.class);
        Set<String> known = new LinkedHashSet<>();
        for (RiskQuestion q : RiskQuestion.values()) {
            known.add(q.key());
            node.optional(q.key()).ifPresent(n -> out.put(q, lines(n, EmotionCategory.SADNESS, 1)));
        }
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw e.getValue().error("unknown risk question '" + e.getKey() + "' (expected " + known + ")");
            }
        }
        return out;
    }

    private List<Line> closingLines(YamlNode node, EmotionCategory emotion, int minimum, Set<String> layerIds) {
        List<Line> lines = lines(node, emotion, minimum);
        for (int i = 0; i < lines.size(); i++) {
            ClosingCondition c = lines.get(i).condition();
            if (c != null && c.kind() == ClosingCondition.Kind.DISCLOSED && !layerIds.contains(c.layerId())) {
                throw node.list().get(i).error("'if: disclosed " + c.layerId() + "' names no layer of this scenario "
                        + layerIds);
            }
        }
        return lines;
    }

    private List<Line> lines(YamlNode node, EmotionCategory groupEmotion, int minimum) {
        List<YamlNode> items = node.isScalar() ? List.of(node) : node.list();
        if (items.size() < minimum) {
            throw node.error(node.path() + " needs at least " + minimum + " line" + (minimum > 1 ? "s" : "")
                    + ", has " + items.size());
        }
        List<Line> out = new ArrayList<>();
        for (YamlNode item : items) {
            out.add(line(item, groupEmotion));
        }
        return out;
    }

    private Line line(YamlNode item, EmotionCategory groupEmotion) {
        String text = item.isMapping() ? item.required("text").nonBlankString() : item.nonBlankString();
        if (text.length() > MAX_LINE_CHARS) {
            throw item.error("line is " + text.length() + " characters; keep lines under " + MAX_LINE_CHARS);
        }
        if (!seenLines.add(text.toLowerCase(Locale.ROOT))) {
            throw item.error("this line appears twice in the file: \"" + abbreviate(text) + "\"");
        }
        Set<String> topics = new LinkedHashSet<>(vocabulary.topicsSaidIn(text));
        Set<String> refers = new LinkedHashSet<>(vocabulary.peopleIn(text));
        Set<String> introduces = vocabulary.introducedIn(text);
        if (!item.isMapping()) {
            return new Line(text, groupEmotion, topics, refers, introduces, null, null, 0, false, item.line());
        }
        for (String key : item.entries().keySet()) {
            if (!LINE_KEYS.contains(key)) {
                throw item.required(key).error("unknown key '" + key + "' on a line (expected " + LINE_KEYS + ")");
            }
        }
        EmotionCategory emotion = item.optional("emotion").map(this::emotion).orElse(groupEmotion);
        for (YamlNode t : item.optional("topics").map(YamlNode::list).orElse(List.of())) {
            if (!topicIds.contains(t.string())) {
                throw t.error("'" + t.string() + "' is not a topic: use a built-in one " + BuiltInTopics.ids()
                        + " or add it under topics:");
            }
            topics.add(t.string());
        }
        for (YamlNode a : item.optional("about").map(YamlNode::list).orElse(List.of())) {
            Person person = people.get(a.string());
            if (person == null) {
                throw a.error("'" + a.string() + "' is nobody under people: " + people.keySet());
            }
            refers.add(person.id());
            if (person.topic() != null) {
                topics.add(person.topic());
            }
        }
        String fact = item.optional("fact").map(YamlNode::nonBlankString).orElse(null);
        ClosingCondition condition = item.optional("if").map(this::condition).orElse(null);
        double trust = item.optional("trust").map(n -> unit(n, "trust")).orElse(0.0);
        boolean notACue = item.optional("cue").map(n -> {
            if (!"none".equals(n.string())) {
                throw n.error("'cue:' on a line can only be 'none' (place real cues under a layer's cues:)");
            }
            return true;
        }).orElse(false);
        return new Line(text, emotion, topics, refers, introduces, fact, condition, trust, notACue, item.line());
    }

    private ClosingCondition condition(YamlNode node) {
        ClosingCondition c = ClosingCondition.parse(node.nonBlankString());
        if (c == null) {
            throw node.error("'if: " + node.string() + "' is not a condition (heard, not_heard, advised, not_advised, "
                    + "risk_asked, disclosed <layer id>)");
        }
        return c;
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
