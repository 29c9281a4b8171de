package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;

/**
 * The directive with only the lines the story allows now; when none is left, what is still there to
 * say (more of what is out, then "that's everything", then short replies that may repeat), so the
 * client never runs dry and never ends the conversation for lack of lines.
 */
final class WhatIsLeft {

    private WhatIsLeft() {
    }

    static ClientDirective sayable(Scenario scenario, ClientState s, ClientDirective d) {
        List<Line> lines = StoryLines.sayable(d.candidates(), s);
        if (!lines.isEmpty()) {
            return withCandidates(d, lines);
        }
        if (d.move() == ClientMove.ANSWER_RISK || d.move().endsSession()) {
            return d.candidates().isEmpty() && d.move().endsSession()
                    ? withCandidates(d, scenario.leave()) : d;
        }
        List<Line> more = StoryLines.open(scenario, s);
        if (!more.isEmpty() && !Reactions.MOVES.contains(d.move())) {
            int layer = Math.max(0, StoryLines.layerOf(scenario, more.get(0)));
            return ClientDirective.of(ClientMove.ELABORATE, layer, more).withPreface(d.preface());
        }
        List<Line> exhausted = StoryLines.sayable(scenario.exhausted(), s);
        if (!exhausted.isEmpty() && s.disclosedLayers() >= scenario.layers().size()) {
            return ClientDirective.of(ClientMove.EXHAUSTED, d.layerIndex(), exhausted);
        }
        List<Line> minimal = scenario.reaction(ReactionKind.MINIMAL).isEmpty()
                ? scenario.reaction(ReactionKind.CLOSED_QUESTION) : scenario.reaction(ReactionKind.MINIMAL);
        ClientMove move = Reactions.MOVES.contains(d.move()) ? d.move()
                : s.disclosedLayers() >= scenario.layers().size() ? ClientMove.EXHAUSTED : ClientMove.DEFLECT;
        return ClientDirective.of(move, d.layerIndex(), minimal);
    }

    private static ClientDirective withCandidates(ClientDirective d, List<Line> lines) {
        return new ClientDirective(d.move(), d.layerIndex(), d.cue(), d.cueKey(), lines, d.preface(), d.topic(),
                d.risk());
    }
}
