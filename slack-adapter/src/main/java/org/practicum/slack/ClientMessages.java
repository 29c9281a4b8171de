package org.practicum.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Slack message holds the client's line at each turn, as far as this process saw, so a retry or
 * resume can put the status back on it instead of posting it again. In memory: after a restart (or for
 * lines another instance posted) the message is found in the thread by its {@link ClientLine} metadata
 * instead ({@link StatusReactions#showAgain}).
 */
final class ClientMessages {

    private final Map<String, Map<Integer, String>> bySession = new ConcurrentHashMap<>();

    void remember(ClientLine line, String ts) {
        bySession.computeIfAbsent(line.sessionId(), k -> new ConcurrentHashMap<>()).put(line.turn(), ts);
    }

    Optional<String> at(ClientLine line) {
        return Optional.ofNullable(bySession.getOrDefault(line.sessionId(), Map.of()).get(line.turn()));
    }
}
