package org.practicum.core.suggestion;

import java.util.List;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;

/**
 * What suggestions are written for: the client's message just sent, the state it left, the analysis of
 * the trainee reply that prompted it (null at the opening) and the conversation so far.
 */
public record SuggestionContext(String sessionId, Scenario scenario, ClientState state, ClientReply client, Analysis lastAnalysis,
                                List<TranscriptEntry> transcript, int turn, long seed) {
    public SuggestionContext {
        transcript = List.copyOf(transcript);
    }
}
