package org.practicum.core.session;

import java.util.List;
import org.practicum.core.analysis.Flag;
import org.practicum.core.report.Debrief;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.suggestion.Suggestions;

/**
 * What one engine call produced for the trainee to see, in order: flags on their reply, the client's
 * message, the suggestions after it, notices, and the debrief when the session ended.
 * {@code client} and {@code suggestions} are null when the client did not speak (a paused session).
 */
public record SessionUpdate(String sessionId, int turn, List<Flag> flags, ClientReply client,
                            Suggestions suggestions, List<Notice> notices, Debrief debrief, SessionStatus status) {
    public SessionUpdate {
        flags = List.copyOf(flags);
        notices = List.copyOf(notices);
    }
}
