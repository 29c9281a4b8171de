package org.practicum.core.scenario;

import java.util.Locale;

/** How demanding a scenario is, so a facilitator can choose. */
public enum Difficulty {
    INTRO, INTERMEDIATE, ADVANCED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
