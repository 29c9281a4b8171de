package org.practicum.core.session;

import java.time.Instant;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.suggestion.Suggestions;

/**
 * One stored turn: the trainee's reply and its analysis (both null at turn 0, the opening), the
 * client's message, the suggestions shown after it, and the client's state afterwards. A retried
 * turn stays, marked superseded, for reviewers; its replacement has the same number and the next
 * attempt. {@code author} is the participant id who wrote the reply (null at turn 0).
 * {@code eventKey} is the platform's id for the message that made the turn (null if it has none): the
 * store keeps it unique per session, so an event delivered twice, or to two instances, makes one turn.
 */
public record TurnRecord(int turn, int attempt, String author, String traineeText, Analysis analysis, ClientReply client,
                         Suggestions suggestions, Uptake uptake, ClientState stateAfter, boolean superseded,
                         Instant at, String eventKey) {

    /** A turn with no platform event behind it (the terminal, the opening). */
    public TurnRecord(int turn, int attempt, String author, String traineeText, Analysis analysis, ClientReply client,
                      Suggestions suggestions, Uptake uptake, ClientState stateAfter, boolean superseded, Instant at) {
        this(turn, attempt, author, traineeText, analysis, client, suggestions, uptake, stateAfter, superseded, at, null);
    }

    /** This turn with the coaching on it: the analysis the trainee is shown and the suggestions after the line. */
    public TurnRecord coached(Analysis reviewed, Suggestions shown) {
        return new TurnRecord(turn, attempt, author, traineeText, reviewed, client, shown, uptake, stateAfter, superseded,
                at, eventKey);
    }

    public TurnRecord asSuperseded() {
        return new TurnRecord(turn, attempt, author, traineeText, analysis, client, suggestions, uptake, stateAfter, true, at,
                eventKey);
    }
}
