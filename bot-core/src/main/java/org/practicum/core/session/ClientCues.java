package org.practicum.core.session;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.Utterance;

/**
 * Reads the distress cues a trainee must not move past in what the client just said. Every line is read
 * by the risk detector, whose high-risk findings count, scripted or a model's; a scripted line also
 * carries the cue its author placed in it, and one its author marked {@code cue: none} is taken at its
 * word ({@code scenarios validate} has had a trainer decide each line the detector reads as a cue).
 */
final class ClientCues {

    private final DistressCueDetector detector;

    ClientCues(DistressCueDetector detector) {
        this.detector = detector;
    }

    List<DistressCue> in(ClientDirective directive, Utterance line) {
        List<DistressCue> cues = new ArrayList<>();
        if (directive.move() == ClientMove.ANSWER_CUE) {
            // Answering a direct question about a cue is the client opening up, not a new cue to catch.
            return cues;
        }
        if (directive.cue() != null && directive.move() == ClientMove.VOICE_CUE) {
            cues.add(new DistressCue(directive.cue().kind(), line.text()));
        }
        boolean markedNone = directive.candidates().stream()
                .anyMatch(l -> l.notACue() && line.text().contains(l.text()));
        if (!markedNone && directive.move() != ClientMove.ANSWER_RISK) {
            for (DistressCue found : detector.detect(line.text())) {
                if (found.kind().isHighRisk() && cues.stream().noneMatch(c -> c.kind() == found.kind())) {
                    cues.add(found);
                }
            }
        }
        return cues;
    }
}
