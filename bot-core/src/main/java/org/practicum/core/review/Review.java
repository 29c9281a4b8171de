package org.practicum.core.review;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's view of one finished session: notes on specific trainee turns, a verdict on each
 * automatic flag, the flags reviewers found the tool missed, and a summary. {@code status} is QUEUED
 * until a reviewer starts, then IN_REVIEW, DONE.
 */
public record Review(String sessionId, String cohortId, Status status, String reviewerId, String summary,
                     Instant queuedAt, Instant completedAt, List<Annotation> annotations, List<FlagVerdict> verdicts,
                     List<MissedFlag> missed) {

    public enum Status { QUEUED, IN_REVIEW, DONE }

    public Review {
        annotations = List.copyOf(annotations);
        verdicts = List.copyOf(verdicts);
        missed = List.copyOf(missed);
    }

    /** A reviewer's note on one trainee turn. */
    public record Annotation(int turn, String reviewerId, String note, Instant at) {
    }

    /** A reviewer's verdict on one automatic flag on one turn. */
    public record FlagVerdict(int turn, String flagKind, String reviewerId, Verdict verdict) {
    }

    /** A flag the tool did not raise on a turn and a reviewer says it should have; {@code note} may be empty. */
    public record MissedFlag(int turn, String flagKind, String reviewerId, String note) {
    }
}
