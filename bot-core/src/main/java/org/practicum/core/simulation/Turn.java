package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;

/**
 * What one decision reads: the story, the state after the trainee's reply, the reply and what it asks.
 *
 * @param said      the reply's sentences as one text, what lines are scored against
 * @param lastSaid  the client's previous message ("" before the opening), what "what do you mean?" asks about
 */
record Turn(Scenario scenario, ClientState s, Analysis analysis, Understanding u, String said, String lastSaid) {

    /** The client has said nothing yet but the opening. */
    boolean firstReply() {
        return s.usedLines().size() <= 1;
    }

    /** The authored lines the client's previous message was made of. */
    List<Line> lastLines() {
        return lastSaid.isBlank() ? List.of()
                : scenario.allLines().stream().filter(l -> lastSaid.contains(l.text())).toList();
    }
}
