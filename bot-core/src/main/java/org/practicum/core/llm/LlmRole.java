package org.practicum.core.llm;

import java.util.Locale;

/** The three jobs a model can do for the engine; each may run on its own model. */
public enum LlmRole {
    CLIENT, SUGGESTIONS, ANALYSIS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
