package org.practicum.core.review;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's view of one finished session: notes on specific trainee turns, a verdict on each
 * automatic flag, and a summary. {@code status} is QUEUED until a reviewer starts, then IN_REVIEW, DONE.
 */
public record Review(String sessionId, String cohortId, Status status, String reviewerId, String summary,
                     Instant queuedAt, Instant completedAt, List<Annotation> annotations, List<FlagVerdict> verdicts) {

    public enum Status { QUEUED, IN_REVIEW, DONE }

    /** A reviewer's note on one trainee turn. */
    public record Annotation(int turn, String reviewerId, String note, Instant at) {
    }

    /** Whether a reviewer agrees with one automatic flag on one turn. */
    public record FlagVerdict(int turn, String flagKind, String reviewerId, boolean agrees) {
    }
}
