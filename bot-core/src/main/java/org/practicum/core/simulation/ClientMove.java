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
    THANK_AND_CLOSE,
    LEAVE;

    public boolean endsSession() {
        return this == THANK_AND_CLOSE || this == LEAVE;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
