package org.practicum.core.session;

import java.util.List;
import org.practicum.core.analysis.Flag;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.suggestion.Suggestions;

/**
 * What one engine call produced for the trainee to see, in order: flags on their reply, the client's
 * message, the suggestions after it, and notices. When the client ended the session
 * ({@link #endedByClient()}), the debrief follows (report/Debriefs builds it).
 * {@code client} and {@code suggestions} are null when the client did not speak (a paused session).
 * {@code replayed}: the message was already answered, by this instance or another sharing the database
 * (a platform delivering an event twice); it was shown then, so a chat adapter posts nothing again.
 */
public record SessionUpdate(String sessionId, int turn, List<Flag> flags, ClientReply client,
                            Suggestions suggestions, List<Notice> notices, SessionStatus status, boolean replayed) {
    public SessionUpdate {
        flags = List.copyOf(flags);
        notices = List.copyOf(notices);
    }

    /** An update made now. */
    public SessionUpdate(String sessionId, int turn, List<Flag> flags, ClientReply client, Suggestions suggestions,
                         List<Notice> notices, SessionStatus status) {
        this(sessionId, turn, flags, client, suggestions, notices, status, false);
    }

    /** The client closed the conversation with this turn (thanked and left, or gave up). */
    public boolean endedByClient() {
        return notices.stream().anyMatch(n -> n.kind() == Notice.Kind.CLIENT_ENDED);
    }
}
