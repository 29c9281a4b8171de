package org.practicum.core.suggestion;

/** Writes one suggestion of each kind after a client message. Thread-safe; never returns fewer than three. */
public interface SuggestionEngine {
    Suggestions suggest(SuggestionContext context);
}
