package org.practicum.core.session;

import java.time.Instant;

/**
 * A trainee message as the platform delivered it, recorded before it was acknowledged:
 * {@code eventKey} is the platform's id for it, the same key that makes its turn idempotent.
 */
public record InboxEntry(String platform, String eventKey, String sessionId, String senderId, String text,
                         Instant receivedAt) {
}
