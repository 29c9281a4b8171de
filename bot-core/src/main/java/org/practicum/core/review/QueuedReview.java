package org.practicum.core.review;

import java.time.Instant;
import org.practicum.core.session.Participant;

/** A finished session waiting for (or in) review. */
public record QueuedReview(String sessionId, String cohortId, Participant trainee, String scenarioId,
                           Review.Status status, Instant queuedAt) {
}
