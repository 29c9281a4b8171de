package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;

/**
 * What the engine has decided the client does this turn; a {@link ClientSimulator} only gives it a
 * voice. The engine, not the voice, owns trust and disclosure.
 *
 * @param layerIndex the layer the client speaks from
 * @param cue        the cue voiced or answered, else null
 * @param cueKey     "layer:cue" index of that cue, else null
 * @param candidates the lines that may be said, best first (the offline voice speaks the one most
 *                   relevant to the trainee's words; a model is given them as the facts to answer with)
 * @param preface    a confirmation (good_reflection) or a correction said first, else null
 * @param topic      the topic the trainee asked about, which the reply answers or deflects, else null
 * @param risk       the risk question answered, else null
 */
public record ClientDirective(ClientMove move, int layerIndex, Cue cue, String cueKey, List<Line> candidates,
                              ReactionKind preface, String topic, RiskQuestion risk) {
    public ClientDirective {
        candidates = List.copyOf(candidates);
    }

    /** A move from a layer with these lines to choose from. */
    public static ClientDirective of(ClientMove move, int layerIndex, List<Line> candidates) {
        return new ClientDirective(move, layerIndex, null, null, candidates, null, null, null);
    }

    public ClientDirective withPreface(ReactionKind kind) {
        return new ClientDirective(move, layerIndex, cue, cueKey, candidates, kind, topic, risk);
    }

    public ClientDirective about(String topicId) {
        return new ClientDirective(move, layerIndex, cue, cueKey, candidates, preface, topicId, risk);
    }
}
