package org.practicum.core.session;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.Utterance;

/**
 * Reads the distress cues a trainee must not move past in what the client just said. A scripted line
 * carries the cue its author placed in it: {@code scenarios validate} reads every scripted line with the
 * cue rules and has a trainer place each one that reads as a cue (or mark it {@code cue: none}), and the
 * embedding detector's false alarms would teach the wrong lesson on lines a trainer has already judged.
 * Any other text, such as a model's, goes through the risk detector, whose high-risk findings count.
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
            cues.add(detector.narrowed(directive.cue().kind(), line.text()));
        }
        boolean scripted = directive.candidates().stream().anyMatch(l -> line.text().contains(l.text()));
        if (!scripted && directive.move() != ClientMove.ANSWER_RISK) {
            for (DistressCue found : detector.highRisk(line.text())) {
                if (cues.stream().noneMatch(c -> c.kind() == found.kind())) {
                    cues.add(detector.narrowed(found));
                }
            }
        }
        return cues;
    }
}
