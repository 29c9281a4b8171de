package org.practicum.core.simulation;

import org.practicum.core.scenario.Cue;

/**
 * What the engine has decided the client does this turn; a {@link ClientSimulator} only gives it a
 * voice. The engine, not the voice, owns trust and disclosure.
 *
 * @param layerIndex       the layer the client speaks from
 * @param cue              the cue voiced or answered, else null
 * @param cueKey           "layer:cue" index of that cue, else null
 * @param acknowledgeFirst start with a short "yeah... exactly" because the trainee reflected well
 */
public record ClientDirective(ClientMove move, int layerIndex, Cue cue, String cueKey, boolean acknowledgeFirst) {
}
