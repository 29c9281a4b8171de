package org.practicum.core.session;

import java.util.Objects;

/** A person on a platform: a stable id there and a display name. */
public record Participant(String id, String displayName) {
    public Participant {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }
}
