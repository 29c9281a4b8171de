package org.practicum.core.llm;

/** Why a model could not be used for a turn; the caller falls back to the offline part. */
public final class LlmFailure extends RuntimeException {

    public enum Kind {
        /** The provider failed (5xx, 429 after retries, connection refused, ...). */
        UNAVAILABLE("the model did not answer"),
        TIMEOUT("the model took too long"),
        /** The provider's content filter withheld the answer; asking again would meet the same filter. */
        FILTERED("the model's safety filter withheld its answer"),
        /** Still not valid JSON for the schema after one repair attempt. */
        INVALID_JSON("the model's answer was malformed"),
        /** Still out of role after one retry. */
        OUT_OF_ROLE("the model's reply left the role"),
        CIRCUIT_OPEN("the model is failing and is being rested"),
        SESSION_BUDGET("this session's model budget is spent"),
        DAY_BUDGET("today's model budget is spent");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        public boolean budget() {
            return this == SESSION_BUDGET || this == DAY_BUDGET;
        }
    }

    private final Kind kind;

    public LlmFailure(Kind kind, String detail) {
        super(kind.reason() + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
