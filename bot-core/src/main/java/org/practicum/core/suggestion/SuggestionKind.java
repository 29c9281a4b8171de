package org.practicum.core.suggestion;

import java.util.Locale;

/** The seed system's three kinds of suggestion, one of each after every client message. */
public enum SuggestionKind {
    /** Motivational Interviewing: an open question or a reflection that invites elaboration. */
    MI("Motivational Interviewing"),
    /** Names and validates the feeling. */
    EMPATHETIC("Empathetic response"),
    /** Informational or emotional support: reassurance, normalising, a resource. */
    SUPPORT("Informational / emotional support");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
