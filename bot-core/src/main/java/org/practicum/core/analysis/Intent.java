package org.practicum.core.analysis;

import java.util.Locale;

/** What a trainee's message does, beyond its skill labels: the question the client has to answer. */
public enum Intent {
    /** A direct question about suicide or self-harm, or a safety follow-up to one. */
    RISK_QUESTION,
    /** Winding the conversation up: "we're nearly out of time", "take care". */
    CLOSING,
    /** "What do you mean?", "can you say more about that?" */
    CLARIFY,
    /** A question about something: a topic, a person, how long, what would help. */
    QUESTION,
    /** Says back what the client said or feels. */
    REFLECTION,
    /** Advice, a suggestion, information the client did not ask for. */
    ADVICE,
    /** Reassurance or validation without a question. */
    SUPPORT,
    /** "Hi", "hello". */
    GREETING,
    /** Anything else. */
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
