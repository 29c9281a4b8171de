package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.scenario.Scenario;

/**
 * Everything a voice may use to word the client's message.
 *
 * @param state        the state after this turn's trust update, before the message
 * @param analysis     the analysis of the trainee's reply (null at the opening)
 * @param traineeText  the trainee's reply (empty at the opening)
 * @param transcript   the conversation so far, oldest first
 * @param seed         per-session seed, so two runs of a scenario differ but one run replays alike
 */
public record SpeechContext(String sessionId, Scenario scenario, ClientState state, Analysis analysis, String traineeText,
                            List<TranscriptEntry> transcript, int turn, long seed) {
    public SpeechContext {
        transcript = List.copyOf(transcript);
    }
}
