package org.practicum.slack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's emotion and trend as reactions on its latest message. When the status moves to another
 * message or changes, only the reactions that differ are removed and added. Remembered in memory:
 * after a restart the old message keeps its reactions and the next one gets fresh ones.
 */
final class StatusReactions {

    private record Shown(String channel, String ts, List<String> names) {
    }

    private final SlackWebApi api;
    private final Map<String, Shown> bySession = new ConcurrentHashMap<>();

    StatusReactions(SlackWebApi api) {
        this.api = api;
    }

    synchronized void show(String sessionId, String channel, String ts, List<String> names) {
        Shown old = bySession.get(sessionId);
        boolean sameMessage = old != null && old.ts().equals(ts) && old.channel().equals(channel);
        if (old != null) {
            for (String name : old.names()) {
                if (!sameMessage || !names.contains(name)) {
                    api.call("reactions.remove", m -> m.reactionsRemove(r -> r.channel(old.channel())
                            .timestamp(old.ts()).name(name)));
                }
            }
        }
        for (String name : names) {
            if (!sameMessage || !old.names().contains(name)) {
                api.call("reactions.add", m -> m.reactionsAdd(r -> r.channel(channel).timestamp(ts).name(name)));
            }
        }
        bySession.put(sessionId, new Shown(channel, ts, List.copyOf(names)));
    }
}
