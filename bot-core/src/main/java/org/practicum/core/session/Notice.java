package org.practicum.core.session;

import java.util.List;
import java.util.Locale;

/**
 * A message from Practicum itself, outside the role-play, and what the person can do next (the crisis
 * pause: resume or end), which each platform words itself.
 */
public record Notice(Kind kind, String text, List<NextStep> nextSteps) {

    public enum Kind {
        RETRY, PAUSE, RESUME, FALLBACK, CLIENT_ENDED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Notice {
        nextSteps = List.copyOf(nextSteps);
    }

    /** A notice that needs nothing done. */
    public Notice(Kind kind, String text) {
        this(kind, text, List.of());
    }
}
