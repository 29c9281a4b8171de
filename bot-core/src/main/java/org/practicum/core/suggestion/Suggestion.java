package org.practicum.core.suggestion;

import java.util.Objects;

/** One suggested reply the trainee may use, edit or ignore. */
public record Suggestion(SuggestionKind kind, String text) {
    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
