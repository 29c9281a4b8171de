package org.practicum.core.session;

import java.time.Instant;

/** One line of a session listing. */
public record SessionSummary(String id, String scenarioId, String traineeName, String platform,
                             SessionStatus status, int turns, Instant createdAt, Instant updatedAt) {
}
