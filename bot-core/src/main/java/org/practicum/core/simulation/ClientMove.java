package org.practicum.core.simulation;

import java.util.Locale;

/** What the simulated client does with its turn. */
public enum ClientMove {
    /** Turn 0. */
    OPEN,
    /** Not ready to go deeper: a safe non-answer. */
    DEFLECT,
    /** More detail on the layer already out. */
    ELABORATE,
    /** The next layer of the story comes out. */
    DISCLOSE,
    /** An indirect distress cue. */
    VOICE_CUE,
    /** An honest answer after the trainee asked about the cue directly. */
    ANSWER_CUE,
    /** An honest, in-role answer to a direct question about suicide or self-harm. */
    ANSWER_RISK,
    /** Deflects a question about a topic the client is not ready to talk about. */
    DEFLECT_TOPIC,
    /** The story has been told; the client stays and says so, so the trainee can summarise and close. */
    EXHAUSTED,
    /** Pulls back after premature advice. */
    WITHDRAW,
    /** Irritated after judgement. */
    IRRITATED,
    /** Hurt after minimising. */
    HURT,
    /** Goes quiet after an ignored cue. */
    GO_QUIET,
    /** Short answers to a run of closed questions. */
    FLAT,
    /** Does not follow what the trainee means. */
    CONFUSED,
    /** The trainee closed the conversation: thanks that fit how it went. */
    THANK_AND_CLOSE,
    /** After a sustained rupture: the client gives up and goes. */
    LEAVE;

    public boolean endsSession() {
        return this == THANK_AND_CLOSE || this == LEAVE;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
