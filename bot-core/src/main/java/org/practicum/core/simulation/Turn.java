package org.practicum.core.simulation;

import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Scenario;

/**
 * What one decision reads: the story, the state after the trainee's reply, the reply and what it asks.
 *
 * @param said the reply's sentences as one text, what lines are scored against
 */
record Turn(Scenario scenario, ClientState s, Analysis analysis, Understanding u, String said) {

    /** The client has said nothing yet but the opening. */
    boolean firstReply() {
        return s.usedLines().size() <= 1;
    }
}
