package org.practicum.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers recent event ids so an event Slack delivers again (a retry) is handled once. Thread-safe. */
final class SeenEvents {

    private final Map<String, Boolean> seen;

    SeenEvents(int capacity) {
        this.seen = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is seen; an event without an id always counts as new. */
    synchronized boolean firstTime(String eventId) {
        return eventId == null || seen.put(eventId, Boolean.TRUE) == null;
    }
}
