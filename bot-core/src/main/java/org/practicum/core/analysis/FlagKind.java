package org.practicum.core.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /** The kind with this id ("premature_advice"); empty for anything else. */
    public static Optional<FlagKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    /** How a kind stored by id reads: its label, or the id in words for a kind this version no longer has. */
    public static String labelOf(String id) {
        return byId(id).map(FlagKind::label).orElse(id.replace('_', ' '));
    }

    /** Safety flags are never dropped when analysers are combined. */
    public boolean isSafety() {
        return this == MISSED_DISTRESS_CUE;
    }
}
