package org.practicum.core.session;

import java.util.Locale;

/** Whether a trainee reply used a suggestion as written, edited one, or ignored them all. */
public enum UptakeKind {
    USED, EDITED, IGNORED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
