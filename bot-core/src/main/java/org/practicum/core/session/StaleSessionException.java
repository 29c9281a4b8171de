package org.practicum.core.session;

/** Another writer changed the session since it was read: reload and try again. */
public final class StaleSessionException extends RuntimeException {
    public StaleSessionException(String sessionId, long expectedVersion) {
        super("session " + sessionId + " changed since version " + expectedVersion);
    }
}
