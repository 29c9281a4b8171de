package org.practicum.core.simulation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.cue.CueKind;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.scenario.Scenario;

/**
 * The client's explicit inner state after a turn (after SimPatient's visible state scales). Immutable:
 * a retry rewinds by going back to an earlier value.
 *
 * @param trust            0..1; rises with reflections and open questions, falls after advice too soon,
 *                         judgement, minimising or an ignored cue
 * @param disclosedLayers  how many layers of the story are out (layer i is out when i < disclosedLayers)
 * @param currentLayer     the layer the client is talking from
 * @param adviceCooldown   turns left during which the client will not open up after premature advice
 * @param lowTrustTurns    consecutive turns with trust near zero (the client leaves after two)
 * @param usedLines        lines already spoken, never repeated in a session
 * @param voicedCues       cues already voiced, as "layer:cue" indexes
 * @param pendingCue       a cue voiced in the last client message, awaiting the trainee's response
 * @param closedQuestionStreak consecutive trainee replies made only of closed questions
 * @param reflections      accurate reflections the trainee has made so far
 * @param coreHeard        the trainee reflected or explored the core concern after it came out
 */
public record ClientState(double trust, int disclosedLayers, int currentLayer, Phase phase, Emotion emotion,
                          int adviceCooldown, int lowTrustTurns, Set<String> usedLines, Set<String> voicedCues,
                          String pendingCue, int closedQuestionStreak, int reflections, boolean coreHeard,
                          boolean ended) {

    public ClientState {
        usedLines = Set.copyOf(new LinkedHashSet<>(usedLines));
        voicedCues = Set.copyOf(voicedCues);
        if (trust < 0 || trust > 1) {
            throw new IllegalArgumentException("trust must be within [0, 1], was " + trust);
        }
    }

    public boolean isDisclosed(int layerIndex) {
        return layerIndex < disclosedLayers;
    }

    /** What an analyser may know of this state: the voiced cues by kind, in the order of their layer and place. */
    public ConversationFacts facts(Scenario scenario) {
        List<CueKind> cues = voicedCues.stream().sorted().map(key -> ClientPolicy.cue(scenario, key).kind()).toList();
        return new ConversationFacts(disclosedLayers, currentLayer, isDisclosed(scenario.coreIndex()), coreHeard,
                reflections, closedQuestionStreak, cues);
    }
}
