package org.practicum.core.simulation;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;

/** How well each authored line answers or suits the trainee's message, and the few best of them. */
final class LineScores {

    /** Topics that are questions of their own (how long, what happened, what helps): a line answering one unasked misses. */
    static final Set<String> FRAMES = Set.of("duration", "trigger", "help", "coping", "support", "worst", "routine",
            "future");
    /** How many of the best-fitting lines the voice chooses among, so two runs differ. */
    private static final int CHOICES = 3;
    /** Weight of each asked topic or person a line also covers, and of each unasked question it answers. */
    private static final double COVERS = 0.25;
    /** Weight for a line of the layer being talked about: an answer stays with what was just said if it can. */
    private static final double STAYS = 0.2;
    /** Weight against a line about someone the message does not ask about. */
    private static final double STRANGER = 0.1;

    private final LineRelevance relevance;

    LineScores(LineRelevance relevance) {
        this.relevance = relevance;
    }

    double fit(String said, Line line) {
        return relevance.of(said, line);
    }

    /** The lines that answer the message best first, the few best of them. */
    List<Line> answering(List<Line> lines, Turn t) {
        return best(lines, l -> answers(t, l));
    }

    /** The lines that suit an invitation to say more best first (staying with the layer talked about), the few best. */
    List<Line> ranked(List<Line> lines, Turn t) {
        return best(lines, l -> suits(t, l) + staysWith(t, l));
    }

    static List<Line> best(List<Line> lines, ToDoubleFunction<Line> score) {
        // Each line scored once: a score reads the line's layer and its fit, and sorting asks for it many times.
        Map<Line, Double> scores = new IdentityHashMap<>();
        lines.forEach(l -> scores.put(l, score.applyAsDouble(l)));
        return lines.stream().sorted(Comparator.comparingDouble(scores::get).reversed()).limit(CHOICES).toList();
    }

    static List<Line> sameLayer(Scenario scenario, List<Line> ranked, int layer) {
        return ranked.stream().filter(l -> StoryLines.layerOf(scenario, l) == layer).toList();
    }

    /**
     * How well a line suits the message: its fit, less for each question it answers that nobody asked
     * ("it's been eight months" to "what has he been doing?"), so those lines wait for their question.
     */
    double suits(Turn t, Line line) {
        long unasked = line.topics().stream().filter(x -> FRAMES.contains(x) && !t.u().isAbout(x)).count();
        return fit(t.said(), line) - COVERS * unasked;
    }

    /**
     * How well a line answers a question about something: how it suits the message, more for each other
     * topic or person asked that it also covers (and, after risk was told, for staying with it), less for
     * talk of someone the message does not ask about.
     */
    double answers(Turn t, Line line) {
        Understanding u = t.u();
        long covered = u.topics().stream().filter(line::isAbout).count() - 1
                + u.people().stream().filter(line.refers()::contains).count();
        boolean stranger = !line.refers().isEmpty() && !u.isAbout("support") && line.refers().stream()
                .noneMatch(p -> u.people().contains(p) || t.scenario().person(p)
                        .map(person -> person.topic() != null && u.isAbout(person.topic())).orElse(false));
        // Once the person has told of risk, an answer stays with that telling where it can ("carry on your own").
        return suits(t, line) + COVERS * Math.max(0, covered) - (stranger ? STRANGER : 0)
                + (t.s().riskDisclosed() ? staysWith(t, line) : 0);
    }

    /** A line of the layer being talked about: more of what was just said, if it fits about as well. */
    private static double staysWith(Turn t, Line line) {
        return StoryLines.layerOf(t.scenario(), line) == t.s().currentLayer() ? STAYS : 0;
    }
}
