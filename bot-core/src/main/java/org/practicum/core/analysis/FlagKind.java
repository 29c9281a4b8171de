package org.practicum.core.analysis;

import java.util.Locale;

/** Feedback on a trainee reply; the first two are what the seed paper's experts kept flagging. */
public enum FlagKind {
    PREMATURE_ADVICE("premature advice"),
    MISSED_DISTRESS_CUE("missed distress cue"),
    MINIMISING("minimising"),
    JUDGING("judging"),
    CLOSED_QUESTION_STREAK("run of closed questions"),
    SELF_FOCUS("making it about yourself");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** Safety flags are never dropped when analysers are combined. */
    public boolean isSafety() {
        return this == MISSED_DISTRESS_CUE;
    }
}
