package org.practicum.slack;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client's emotion and trend as reactions on its latest message. Only the reactions that differ
 * are removed and added.
 *
 * <p>Whenever the status moves to another message, the thread is read back once (conversations.replies)
 * and the bot's own reactions on the messages before the new one are taken down: memory alone would
 * forget them across a restart, or when another instance (several share one database and one app
 * token) answered meanwhile. Later messages are not read from the thread, so a slower instance never
 * takes down a status another one has just put on a newer line; memory still covers them (a retry moves
 * the status back to an earlier line). If the thread cannot be read, the new status still goes up and
 * what memory knows is taken down.
 *
 * <p>Not synchronized: one session's updates run one at a time, in order ({@link PerThreadQueue}).
 */
final class StatusReactions {

    private record Shown(String ts, List<String> names) {
    }

    private final SlackWebApi api;
    private final OwnReactions history;
    private final Map<String, Shown> bySession = new ConcurrentHashMap<>();

    StatusReactions(SlackWebApi api, OwnReactions history) {
        this.api = api;
        this.history = history;
    }

    void show(String sessionId, ThreadKey thread, String ts, List<String> names) {
        Shown old = bySession.get(sessionId);
        // message ts → the bot's reactions on it, as far as known
        Map<String, List<String>> known = new LinkedHashMap<>();
        if (old != null) {
            known.put(old.ts(), old.names());
        }
        if (old == null || !old.ts().equals(ts)) {
            // What the thread shows wins over memory for the messages it showed.
            history.upTo(thread, ts).ifPresent(seen -> seen.forEach((messageTs, mine) -> {
                if (messageTs.equals(ts) || isBefore(messageTs, ts)) {
                    known.put(messageTs, mine);
                }
            }));
        }
        known.forEach((messageTs, mine) -> {
            for (String name : mine) {
                if (!messageTs.equals(ts) || !names.contains(name)) {
                    api.call("reactions.remove", m -> m.reactionsRemove(r -> r.channel(thread.channel())
                            .timestamp(messageTs).name(name)));
                }
            }
        });
        List<String> already = known.getOrDefault(ts, List.of());
        for (String name : names) {
            if (!already.contains(name)) {
                api.call("reactions.add", m -> m.reactionsAdd(r -> r.channel(thread.channel()).timestamp(ts)
                        .name(name)));
            }
        }
        bySession.put(sessionId, new Shown(ts, List.copyOf(names)));
    }

    /** Slack's ts are seconds with a fraction ("1700000000.000100"), ordered as numbers. */
    private static boolean isBefore(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
