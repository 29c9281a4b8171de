package org.practicum.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.config.ConfigException;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.text.PhraseSet;

/**
 * What a trainer would catch reading a scenario that loads but reads badly: a section the client needs
 * is missing, a line can only be said out of the story's order, a line says "he" about nobody, a line
 * reads as a distress cue but is not placed as one. Each finding names the file and line.
 */
public final class StoryCheck {

    private static final Pattern THIRD_PERSON = Pattern.compile("(?<![\\p{L}'])(he|him|his|she|her|hers)(?![\\p{L}'])");
    /** Layer index given to lines outside the layers (reactions, risk, closings): said whenever they fit. */
    private static final int ANY_TIME = Integer.MAX_VALUE;

    private final DistressCueDetector cues;

    /** @param cues reads every line as the engine reads client text; null skips the cue check */
    public StoryCheck(DistressCueDetector cues) {
        this.cues = cues;
    }

    public List<ConfigException> check(Scenario s) {
        List<ConfigException> out = new ArrayList<>();
        sections(s, out);
        Map<Line, Integer> layerOf = layerOfEachLine(s);
        Map<String, Integer> introducedAt = introductions(s, layerOf);
        Set<Line> placedCues = placedCues(s);
        for (Line line : s.allLines()) {
            int layer = layerOf.getOrDefault(line, ANY_TIME);
            order(s, line, layer, introducedAt, out);
            if (line.refers().isEmpty() && THIRD_PERSON.matcher(PhraseSet.normalise(line.text())).find()) {
                out.add(problem(s, line, "says he or she but names nobody: add about: [person id] so it waits "
                        + "until they are introduced"));
            }
            if (cues != null && !line.notACue() && !placedCues.contains(line)) {
                for (DistressCue cue : cues.detect(line.text())) {
                    out.add(problem(s, line, "reads as a distress cue (" + cue.kind().id() + ": \"" + cue.quote()
                            + "\") but is not under a layer's cues: move it there, or mark it cue: none"));
                    break;
                }
            }
        }
        return out;
    }

    private static void sections(Scenario s, List<ConfigException> out) {
        if (s.people().isEmpty()) {
            out.add(new ConfigException(s.file(), 1, "no people: list everyone the lines mention under people:"));
        }
        for (RiskQuestion q : RiskQuestion.values()) {
            List<Line> answers = s.riskAnswers(q);
            if (answers.stream().noneMatch(l -> l.trust() == 0)) {
                out.add(new ConfigException(s.file(), 1, "risk." + q.key() + " needs an answer with no trust "
                        + "threshold: a direct question about risk is always answered"));
            }
        }
        if (s.exhausted().isEmpty()) {
            out.add(new ConfigException(s.file(), 1, "closing.exhausted: what the person says when the story is told"));
        }
        for (ReactionKind kind : ReactionKind.values()) {
            if (s.reaction(kind).size() < 2) {
                out.add(new ConfigException(s.file(), 1, "reactions." + kind.key() + " needs at least 2 lines"));
            }
        }
        long generic = s.reaction(ReactionKind.PREMATURE_ADVICE).stream().filter(l -> l.topics().isEmpty()).count();
        if (generic < 2) {
            out.add(new ConfigException(s.file(), 1, "reactions.premature_advice needs at least 2 generic lines "
                    + "(no topics) to answer advice no rebuttal is written for"));
        }
        for (String topic : BuiltInTopics.ALWAYS_ASKED) {
            boolean answered = s.allLines().stream().anyMatch(l -> l.isAbout(topic))
                    || !s.topics().get(topic).deflect().isEmpty();
            if (!answered) {
                out.add(new ConfigException(s.file(), 1, "nothing answers '" + topic + "', which trainees always "
                        + "ask about: tag a line with topics: [" + topic + "] or give topics." + topic + ".deflect"));
            }
        }
    }

    private static void order(Scenario s, Line line, int layer, Map<String, Integer> introducedAt,
                              List<ConfigException> out) {
        for (String person : line.refers()) {
            if (line.introduces().contains(person)) {
                continue;
            }
            Integer at = introducedAt.get(person);
            if (at == null) {
                out.add(problem(s, line, "mentions " + person + ", who is never introduced: add a line with one of "
                        + "people." + person + ".intro, or an intro phrase this line uses"));
            } else if (at > layer) {
                out.add(problem(s, line, "mentions " + person + ", who is first introduced in layer '"
                        + s.layer(at).id() + "', deeper than this line's: it could only be said out of order"));
            }
        }
    }

    /** The shallowest layer (or -1 for the opening) where each person is introduced. */
    private static Map<String, Integer> introductions(Scenario s, Map<Line, Integer> layerOf) {
        Map<String, Integer> at = new HashMap<>();
        for (Line line : s.allLines()) {
            int layer = layerOf.getOrDefault(line, ANY_TIME);
            if (layer == ANY_TIME) {
                continue;
            }
            for (String person : line.introduces()) {
                at.merge(person, layer, Math::min);
            }
        }
        return at;
    }

    private static Map<Line, Integer> layerOfEachLine(Scenario s) {
        Map<Line, Integer> layerOf = new HashMap<>();
        s.opening().forEach(l -> layerOf.put(l, -1));
        for (int i = 0; i < s.layers().size(); i++) {
            Layer layer = s.layer(i);
            for (Line l : layer.disclose()) {
                layerOf.put(l, i);
            }
            for (Line l : layer.elaborate()) {
                layerOf.put(l, i);
            }
            for (Cue cue : layer.cues()) {
                for (Line l : cue.lines()) {
                    layerOf.put(l, i);
                }
                for (Line l : cue.whenAsked()) {
                    layerOf.put(l, i);
                }
            }
        }
        return layerOf;
    }

    /** Lines meant to carry risk: placed cues, what is said when asked about them, and the risk answers. */
    private static Set<Line> placedCues(Scenario s) {
        Set<Line> placed = new HashSet<>();
        for (Layer layer : s.layers()) {
            for (Cue cue : layer.cues()) {
                placed.addAll(cue.lines());
                placed.addAll(cue.whenAsked());
            }
        }
        s.risk().values().forEach(placed::addAll);
        return placed;
    }

    private static ConfigException problem(Scenario s, Line line, String what) {
        String text = line.text().length() <= 50 ? line.text() : line.text().substring(0, 47) + "...";
        return new ConfigException(s.file(), line.sourceLine(), "\"" + text + "\" " + what);
    }
}
