package org.practicum.core.session;

import java.util.Locale;

/** A message from Practicum itself, outside the role-play. */
public record Notice(Kind kind, String text) {

    public enum Kind {
        RETRY, PAUSE, RESUME, FALLBACK, CLIENT_ENDED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
