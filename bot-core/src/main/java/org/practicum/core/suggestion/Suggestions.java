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

    public boolean hasWatchOut() {
        return !watchOut.isEmpty();
    }
}
