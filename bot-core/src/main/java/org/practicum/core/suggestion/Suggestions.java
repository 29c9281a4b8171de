package org.practicum.core.suggestion;

import java.util.List;

/**
 * The suggestions after one client message, one of each kind, and a "watch out" line when the
 * message holds a distress cue (else empty).
 */
public record Suggestions(List<Suggestion> items, String watchOut) {
    public Suggestions {
        items = List.copyOf(items);
        watchOut = watchOut == null ? "" : watchOut;
    }

    /** The suggestion of that kind (the offline engine always offers one of each). */
    public Suggestion of(SuggestionKind kind) {
        return items.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " suggestion"));
    }

    public boolean hasWatchOut() {
        return !watchOut.isEmpty();
    }
}
