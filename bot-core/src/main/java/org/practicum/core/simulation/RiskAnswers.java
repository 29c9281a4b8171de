package org.practicum.core.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practicum.core.cue.CueKind;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;

/** Every direct risk question gets an honest answer, the fullest one trust allows; and whether risk is left open. */
final class RiskAnswers {

    private RiskAnswers() {
    }

    static ClientDirective answer(Scenario scenario, ClientState s, RiskQuestion question) {
        List<Line> answers = scenario.riskAnswers(question).isEmpty() ? scenario.riskAnswers(RiskQuestion.IDEATION)
                : scenario.riskAnswers(question);
        List<Line> allowed = new ArrayList<>(answers.stream().filter(l -> l.trust() <= s.trust()).toList());
        allowed.sort(Comparator.comparingDouble(Line::trust).reversed());
        List<Line> fresh = allowed.stream().filter(l -> !s.usedLines().contains(l.text())).toList();
        // Asked again once it is out, the person says more of it (the cue's fuller answers), not the same telling twice.
        if (fresh.isEmpty() || question == RiskQuestion.IDEATION && s.riskDisclosed()) {
            List<Line> more = StoryLines.sayable(ideationAnswers(scenario), s);
            if (!more.isEmpty() && s.riskDisclosed()) {
                return new ClientDirective(ClientMove.ANSWER_RISK, s.currentLayer(), null, null, more, null, null,
                        question);
            }
        }
        List<Line> candidates = fresh.isEmpty() ? allowed : fresh;
        if (candidates.isEmpty()) {
            // A file without risk answers (the validator reports it): the nearest honest thing it has.
            List<Line> asked = new ArrayList<>();
            s.voicedCues().forEach(key -> asked.addAll(CueLines.cue(scenario, key).whenAsked()));
            return ClientDirective.of(ClientMove.ANSWER_RISK, s.currentLayer(),
                    asked.isEmpty() ? scenario.reaction(ReactionKind.DEFLECT) : asked);
        }
        double fullest = candidates.get(0).trust();
        return new ClientDirective(ClientMove.ANSWER_RISK, s.currentLayer(), null, null,
                candidates.stream().filter(l -> l.trust() == fullest).toList(), null, null, question);
    }

    /** What the person says when asked about their thoughts of not being here, beyond the first telling. */
    private static List<Line> ideationAnswers(Scenario scenario) {
        return scenario.layers().stream().flatMap(l -> l.cues().stream()).filter(c -> c.kind() == CueKind.IDEATION)
                .flatMap(c -> c.whenAsked().stream()).toList();
    }

    /** A risk the client disclosed or hinted at strongly that the trainee has not explored. */
    static boolean open(Scenario scenario, ClientState s) {
        boolean hinted = s.voicedCues().stream()
                .anyMatch(key -> CueLines.RISK_CUES.contains(CueLines.cue(scenario, key).kind()));
        boolean explored = s.riskAsked().contains(RiskQuestion.SAFETY) || s.riskAsked().size() >= 3;
        return (s.riskDisclosed() || hinted) && !explored;
    }
}
