package org.practicum.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Slack message holds the client's line at each turn, so a retry or resume can put the status
 * back on it instead of posting it again. In memory: after a restart (or on another instance) the line
 * is posted again, and the status moves to it from the earlier lines ({@link StatusReactions}).
 */
final class ClientMessages {

    private final Map<String, Map<Integer, String>> bySession = new ConcurrentHashMap<>();

    void remember(String sessionId, int turn, String ts) {
        bySession.computeIfAbsent(sessionId, k -> new ConcurrentHashMap<>()).put(turn, ts);
    }

    Optional<String> at(String sessionId, int turn) {
        return Optional.ofNullable(bySession.getOrDefault(sessionId, Map.of()).get(turn));
    }
}
