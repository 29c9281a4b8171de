package org.practicum.core.session;

/** A request the engine cannot carry out, with a message meant for the person who made it. */
public final class PracticeException extends RuntimeException {

    /** Why: adapters choose how to show it (the CLI exits 2 on usage problems). */
    public enum Reason {
        INVALID_INPUT, UNKNOWN_SCENARIO, NO_SUCH_SESSION, NOT_ACTIVE, NOTHING_TO_RETRY, NOT_YOUR_SESSION, NOT_YOUR_TURN,
        /** The person's role does not allow this (a cohort, a review, someone else's transcript). */
        NOT_ALLOWED
    }

    private final Reason reason;

    public PracticeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
