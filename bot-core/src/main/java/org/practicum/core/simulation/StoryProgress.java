package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.analysis.Intent;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;

/**
 * Opening up as far as trust allows, with what fits the trainee's words best: the next layer when it
 * fits about as well as more of what is out (or the deepest layer has been talked through), else a cue
 * of the layer being talked about, else the best-fitting line of what is out.
 */
final class StoryProgress {

    /** Fit a disclosure may lack and still win over more of what is out: good listening moves the story on. */
    private static final double DISCLOSURE_BIAS = 0.15;
    /** Once this many lines of the deepest layer are out, earned trust opens the next layer whatever fits best. */
    private static final int TALKED_THROUGH = 3;

    private final LineScores scores;

    StoryProgress(LineScores scores) {
        this.scores = scores;
    }

    static boolean canDisclose(Scenario scenario, ClientState s) {
        int next = s.disclosedLayers();
        return next < scenario.layers().size() && s.trust() >= scenario.layer(next).trust() && s.adviceCooldown() == 0;
    }

    ClientDirective respond(Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        if (s.adviceCooldown() > 0) {
            return Reactions.of(ClientMove.DEFLECT, ReactionKind.DEFLECT, scenario, s.currentLayer());
        }
        List<Line> open = scores.ranked(StoryLines.open(scenario, s), t);
        int next = s.disclosedLayers();
        // Each layer gets a word of its own before the next comes out (the opening alone is not enough).
        if (canDisclose(scenario, s) && StoryLines.saidOfLayer(scenario, next - 1, s) > 0) {
            // The story moving on is never held back for a question to come: disclosures rank by fit alone.
            List<Line> disclose = LineScores.best(StoryLines.sayable(scenario.layer(next).disclose(), s),
                    l -> scores.fit(t.said(), l));
            boolean talkedThrough = next > 0 && StoryLines.saidOfLayer(scenario, next - 1, s) >= TALKED_THROUGH;
            // A question wants its answer ("what's your favourite subject?"); listening moves the story on.
            boolean question = t.u().intent() == Intent.QUESTION;
            double bias = question ? 0 : DISCLOSURE_BIAS;
            if (!disclose.isEmpty() && (open.isEmpty() || talkedThrough && !question
                    || scores.fit(t.said(), disclose.get(0)) + bias >= scores.suits(t, open.get(0)))) {
                return ClientDirective.of(ClientMove.DISCLOSE, next, disclose);
            }
            List<Line> bridge = scores.ranked(StoryLines.introducing(scenario.layer(next).disclose(),
                    StoryLines.open(scenario, s), s), t);
            if (disclose.isEmpty() && !bridge.isEmpty()) {
                int layer = Math.max(0, StoryLines.layerOf(scenario, bridge.get(0)));
                return ClientDirective.of(ClientMove.ELABORATE, layer, LineScores.sameLayer(scenario, bridge, layer));
            }
        }
        String unvoiced = CueLines.unvoiced(scenario, s);
        if (unvoiced != null) {
            Cue cue = CueLines.cue(scenario, unvoiced);
            return new ClientDirective(ClientMove.VOICE_CUE, CueLines.layerOf(unvoiced), cue, unvoiced, cue.lines(),
                    null, null, null);
        }
        if (open.isEmpty()) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), List.of());
        }
        int layer = Math.max(0, StoryLines.layerOf(scenario, open.get(0)));
        return ClientDirective.of(ClientMove.ELABORATE, layer, LineScores.sameLayer(scenario, open, layer));
    }
}
