package org.practicum.core.cohort;

import java.util.Locale;

/** What someone does in a training programme. */
public enum Role {
    /** Practises, alone or in group sessions; sees only their own transcripts. */
    TRAINEE,
    /**
     * Runs a cohort: enrols people, assigns scenarios, starts group sessions, reads the cohort's reports.
     * Observes group sessions rather than taking turns, unless also enrolled as a trainee.
     */
    FACILITATOR,
    /** An expert who reviews the cohort's finished sessions. */
    REVIEWER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (trainee, facilitator or reviewer)");
        }
    }
}
