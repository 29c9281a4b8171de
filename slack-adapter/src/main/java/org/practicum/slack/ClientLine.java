package org.practicum.slack;

import com.slack.api.model.Message;
import java.util.Map;
import java.util.Optional;

/**
 * Which session and turn a client line in a thread belongs to, carried on the message as Slack message
 * metadata so any instance, or this one after a restart, can recognise its client lines when it reads
 * the thread back. Only ids and the turn number: never anything anyone wrote.
 */
record ClientLine(String sessionId, int turn) {

    static final String EVENT_TYPE = "practicum_client_line";

    Message.Metadata metadata() {
        return Message.Metadata.builder().eventType(EVENT_TYPE)
                .eventPayload(Map.of("session_id", sessionId, "turn", turn)).build();
    }

    /** The client line a message's metadata names; empty for every other message. */
    static Optional<ClientLine> of(Message.Metadata metadata) {
        if (metadata == null || !EVENT_TYPE.equals(metadata.getEventType()) || metadata.getEventPayload() == null) {
            return Optional.empty();
        }
        Object session = metadata.getEventPayload().get("session_id");
        Object turn = metadata.getEventPayload().get("turn");
        // JSON numbers come back as doubles (3.0), or as text if someone else wrote the metadata
        try {
            int number = turn instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(turn));
            return session instanceof String id && !id.isBlank() ? Optional.of(new ClientLine(id, number))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean sameSession(ClientLine other) {
        return sessionId.equals(other.sessionId);
    }
}
