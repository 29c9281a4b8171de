package org.practicum.core.analysis;

import java.util.List;
import java.util.Objects;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.scenario.Scenario;

/**
 * What an analyser needs to judge a reply: the scenario, the conversation's progress, the client's last
 * message with the distress cues read in it, and the conversation so far (oldest first, without the
 * reply being judged).
 */
public record AnalysisContext(String sessionId, Scenario scenario, ConversationFacts facts, String clientText,
                              List<DistressCue> clientCues, List<TranscriptEntry> transcript, int turn) {
    public AnalysisContext {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(clientText, "clientText");
        clientCues = List.copyOf(clientCues);
        transcript = List.copyOf(transcript);
    }
}
