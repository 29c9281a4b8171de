package org.practicum.core.simulation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.text.Sentences;

/**
 * Questions that ask for little and deserve a plain answer: "what do you mean?" is answered by saying
 * more of what was just said, and a yes/no question about something the story holds ("did you tell
 * your mum?") by the line that tells it, not by a stock "yeah".
 */
final class ShortQuestions {

    /** Yes/no questions in a row after which the answers go flat, as a person's do. */
    static final int FLAT_AFTER = 3;
    /** Letters two words must share at their start to count as the same word ("applied", "applications"). */
    private static final int STEM = 5;

    /** A question that asks what, how, where, when, who or why: whatever its label, "yes" does not answer it. */
    private static final Pattern WH_QUESTION = Pattern.compile("(?i)(^|[.!?]\\s+|\\b(so|anyway|ok|and),?\\s+)"
            + "(what|how|where|when|who|why|which)\\b[^.!?]*\\?");
    /** The words of asking for a clarification itself; any other word names what is asked about. */
    private static final Set<String> CLARIFYING = Set.of("mean", "meant", "meaning", "explain", "follow",
            "understand", "sure", "tell", "bit", "say", "more");

    private final LineScores scores;

    ShortQuestions(LineScores scores) {
        this.scores = scores;
    }

    /**
     * More of what the client just said: an open line about the same topic or person as the last
     * message, else of its layer, else of the layer being talked about; closest to the last message first.
     * A question that names what it asks about ("what do you mean, 'just the job'?") is answered from the
     * layer being talked about, closest to its own words.
     */
    ClientDirective clarified(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        if (!CLARIFYING.containsAll(Sentences.contentWords(t.said()))) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), StoryLines.ofLayer(scenario,
                    s.currentLayer()));
        }
        List<Line> last = t.lastLines();
        Set<String> topics = last.stream().flatMap(l -> l.topics().stream()).collect(Collectors.toSet());
        Set<String> people = last.stream().flatMap(l -> l.refers().stream()).collect(Collectors.toSet());
        List<Line> open = StoryLines.open(scenario, s);
        List<Line> same = open.stream().filter(l -> l.topics().stream().anyMatch(topics::contains)
                || l.refers().stream().anyMatch(people::contains)).toList();
        int layer = last.stream().mapToInt(l -> StoryLines.layerOf(scenario, l)).filter(i -> i >= 0).findFirst()
                .orElse(s.currentLayer());
        List<Line> candidates = same.isEmpty() ? StoryLines.sayable(StoryLines.ofLayer(scenario, layer), s) : same;
        List<Line> closest = LineScores.best(candidates, l -> scores.fit(t.lastSaid(), l));
        if (closest.isEmpty()) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), StoryLines.ofLayer(scenario,
                    s.currentLayer()));
        }
        int at = Math.max(0, StoryLines.layerOf(scenario, closest.get(0)));
        return ClientDirective.of(ClientMove.ELABORATE, at, closest);
    }

    /**
     * A yes/no question answered with the open line that shares its words, best answer first; flat
     * ("yeah", "not really") when nothing of the story speaks to it or after a run of them.
     */
    ClientDirective closed(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        Set<String> asked = stems(t.said());
        List<Line> telling = s.closedQuestionStreak() >= FLAT_AFTER ? List.of()
                : scores.answering(StoryLines.open(scenario, s).stream()
                        .filter(l -> shared(asked, stems(l.text())) >= 1).toList(), t);
        if (telling.isEmpty()) {
            // "What are you up to this weekend?" read as yes/no still wants no "yes": a non-answer, not a stock yes or no.
            return WH_QUESTION.matcher(t.said()).find()
                    ? Reactions.of(ClientMove.DEFLECT, ReactionKind.DEFLECT, scenario, s.currentLayer())
                    : Reactions.of(ClientMove.FLAT, ReactionKind.CLOSED_QUESTION, scenario, s.currentLayer());
        }
        int layer = Math.max(0, StoryLines.layerOf(scenario, telling.get(0)));
        return ClientDirective.of(ClientMove.ELABORATE, layer, LineScores.sameLayer(scenario, telling, layer));
    }

    /** Words in common, a short one ("work", "want") counting half: one long word or two short ones tie a line to the question. */
    private static double shared(Set<String> asked, Set<String> line) {
        return line.stream().filter(asked::contains).mapToDouble(w -> w.length() >= STEM ? 1 : 0.5).sum();
    }

    private static Set<String> stems(String text) {
        return Sentences.contentWords(text).stream().map(w -> w.length() > STEM ? w.substring(0, STEM) : w)
                .collect(Collectors.toSet());
    }
}
