package org.practicum.core.session;

import java.util.List;

/**
 * A request the engine cannot carry out: why, in words that name no command ({@link #getMessage()}),
 * and what the person can do instead ({@link #nextSteps()}), which each platform words itself.
 */
public final class PracticeException extends RuntimeException {

    /** Why: adapters choose how to show it (the CLI exits 2 on usage problems). */
    public enum Reason {
        INVALID_INPUT, UNKNOWN_SCENARIO, NO_SUCH_SESSION, NOT_ACTIVE, NOTHING_TO_RETRY, NOT_YOUR_SESSION, NOT_YOUR_TURN,
        /** The person's role does not allow this (a cohort, a review, someone else's transcript). */
        NOT_ALLOWED
    }

    private final Reason reason;
    private final List<NextStep> nextSteps;

    public PracticeException(Reason reason, String message, NextStep... nextSteps) {
        super(message);
        this.reason = reason;
        this.nextSteps = List.of(nextSteps);
    }

    /** A message to a session that is paused for the crisis resources. */
    public static PracticeException paused() {
        return new PracticeException(Reason.NOT_ACTIVE, "This session is paused.", NextStep.RESUME, NextStep.END);
    }

    public Reason reason() {
        return reason;
    }

    /** What the person can do about it, in the order to offer it; often none. */
    public List<NextStep> nextSteps() {
        return nextSteps;
    }
}
