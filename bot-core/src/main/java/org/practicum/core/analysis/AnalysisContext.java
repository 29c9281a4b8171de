package org.practicum.core.analysis;

import java.util.Objects;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;

/** What an analyser needs to judge a reply: the scenario, the client's state, and its last message. */
public record AnalysisContext(Scenario scenario, ClientState state, ClientReply lastClient, int turn) {
    public AnalysisContext {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastClient, "lastClient");
    }
}
