package org.practicum.core.session;

import java.util.Objects;

/**
 * A request to start a session.
 *
 * @param owner the trainee of a private session, the facilitator of a group session
 * @param seed  fixes the client's choices for a repeatable run; null for a fresh one
 */
public record StartRequest(String scenarioId, Participant owner, SessionOrigin origin, SessionMode mode, Long seed) {
    public StartRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(mode, "mode");
    }

    public static StartRequest privateSession(String scenarioId, Participant trainee, SessionOrigin origin) {
        return new StartRequest(scenarioId, trainee, origin, SessionMode.PRIVATE, null);
    }
}
