package org.practicum.core.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A reviewer's judgement of one automatic flag on one reply. */
public enum Verdict {
    AGREE("agree", "agrees"),
    DISAGREE("disagree", "disagrees"),
    /** Counted, but neither for nor against the flag: agreement is measured over the decided verdicts. */
    UNSURE("not sure", "is not sure");

    private final String label;
    private final String said;

    Verdict(String label, String said) {
        this.label = label;
        this.said = said;
    }

    /** As a reviewer picks it: "agree", "disagree", "not sure". */
    public String label() {
        return label;
    }

    /** As the trainee is told it: "the reviewer agrees". */
    public String said() {
        return said;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict with this id (what a form sends back); empty for anything else. */
    public static Optional<Verdict> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }
}
