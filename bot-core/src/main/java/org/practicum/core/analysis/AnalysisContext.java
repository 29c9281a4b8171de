package org.practicum.core.analysis;

import java.util.Objects;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;

/**
 * What an analyser needs to judge a reply: the scenario, the client's state, its last message and the
 * conversation so far (oldest first, without the reply being judged).
 */
public record AnalysisContext(String sessionId, Scenario scenario, ClientState state, ClientReply lastClient,
                              java.util.List<org.practicum.core.simulation.TranscriptEntry> transcript, int turn) {
    public AnalysisContext {
        transcript = java.util.List.copyOf(transcript);
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastClient, "lastClient");
    }
}
