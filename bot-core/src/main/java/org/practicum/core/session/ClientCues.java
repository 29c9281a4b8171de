package org.practicum.core.session;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientPolicy;
import org.practicum.core.simulation.Utterance;

/**
 * Reads the distress cues a trainee must not move past in what the client just said. A scripted line
 * carries exactly the cue its author placed in it (authors keep the other lines free of cues, and a
 * detector's false alarm would teach the wrong lesson). Any other text, such as a model's, goes
 * through the risk detector, whose high-risk findings count.
 */
final class ClientCues {

    private final DistressCueDetector detector;

    ClientCues(DistressCueDetector detector) {
        this.detector = detector;
    }

    List<DistressCue> in(Scenario scenario, ClientDirective directive, Utterance line) {
        List<DistressCue> cues = new ArrayList<>();
        if (directive.move() == ClientMove.ANSWER_CUE) {
            // Answering a direct question about a cue is the client opening up, not a new cue to catch.
            return cues;
        }
        if (directive.cue() != null && directive.move() == ClientMove.VOICE_CUE) {
            cues.add(new DistressCue(directive.cue().kind(), line.text()));
        }
        boolean scripted = ClientPolicy.lines(scenario, directive).stream().anyMatch(l -> line.text().contains(l.text()));
        if (!scripted) {
            for (DistressCue found : detector.detect(line.text())) {
                if (found.kind().isHighRisk() && cues.stream().noneMatch(c -> c.kind() == found.kind())) {
                    cues.add(found);
                }
            }
        }
        return cues;
    }
}
