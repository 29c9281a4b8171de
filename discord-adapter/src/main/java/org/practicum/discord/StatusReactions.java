package org.practicum.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.practicum.core.presentation.StatusChanges;
import org.practicum.core.presentation.StatusChanges.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's emotion as status reactions on its latest message in a thread. When a newer client
 * message arrives, or the emotion on it changes, the bot's reactions move there. Calls go one at a time
 * per thread with a pause between them (Discord allows about one reaction per 250 ms per channel), and
 * each call is chosen against the newest wanted state, so quick changes coalesce: intermediate states
 * that were never shown cost nothing.
 *
 * <p>Where the status was is read back from the thread itself whenever it moves to a newer message:
 * memory alone would forget it across a restart, or when another instance served the thread meanwhile.
 */
final class StatusReactions {

    /** A thread's calls; they block until Discord answered (JDA waits out and retries 429s). */
    interface Channel {
        String id();

        void add(String messageId, String emoji);

        void remove(String messageId, String emoji);

        /**
         * The bot's own reactions on the messages shortly before this one: every message looked at is a
         * key, mapped to the emojis the bot put on it (most often none).
         */
        Map<String, List<String>> ownReactionsBefore(String messageId);
    }

    private record Shown(String messageId, List<String> emojis) {
    }

    private static final class Thread {
        Channel channel;
        /** The messages carrying the bot's reactions, as far as known; never an empty list. */
        Map<String, List<String>> applied = Map.of();
        Shown wanted;
        /** The message whose predecessors were last read back from the thread. */
        String lookedBefore;
        boolean draining;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StatusReactions.class);

    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<String, Thread> threads = new HashMap<>();

    StatusReactions(ScheduledExecutorService scheduler, Duration interval) {
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Wants exactly these emojis, in this order, on this message, and none of the bot's elsewhere. */
    void show(Channel channel, String messageId, List<String> emojis) {
        String channelId = channel.id();
        Thread thread;
        synchronized (threads) {
            thread = threads.computeIfAbsent(channelId, k -> new Thread());
            thread.channel = channel;
            thread.wanted = new Shown(messageId, List.copyOf(emojis));
            if (thread.draining) {
                return;
            }
            thread.draining = true;
        }
        try {
            scheduler.execute(() -> step(channelId, thread));
        } catch (RejectedExecutionException e) {
            LOG.debug("shutting down: status reactions in {} not updated", channelId);
        }
    }

    private void step(String channelId, Thread thread) {
        Channel channel;
        Shown wanted;
        boolean look;
        synchronized (threads) {
            channel = thread.channel;
            wanted = thread.wanted;
            look = !wanted.messageId().equals(thread.lookedBefore);
            if (!look && plan(thread.applied, wanted).isEmpty()) {
                thread.draining = false;
                return;
            }
        }
        if (look) {
            Map<String, List<String>> found = lookBefore(channel, wanted.messageId());
            synchronized (threads) {
                thread.applied = merged(thread.applied, found);
                thread.lookedBefore = wanted.messageId();
            }
        }
        Optional<Change> change;
        synchronized (threads) {
            change = plan(thread.applied, wanted);
        }
        if (change.isPresent()) {
            Change c = change.get();
            try {
                if (c.add()) {
                    channel.add(c.message(), c.emoji());
                } else {
                    channel.remove(c.message(), c.emoji());
                }
                synchronized (threads) {
                    thread.applied = after(thread.applied, c);
                }
            } catch (RuntimeException e) {
                if (shuttingDown(e)) {
                    LOG.debug("shutting down: status reactions in {} left as they are", channelId);
                    return;
                }
                // Most often the message was deleted: forget it rather than retry forever.
                LOG.warn("reaction call in channel {} failed: {}", channelId, e.toString());
                synchronized (threads) {
                    thread.applied = forgotten(thread.applied, c, wanted);
                }
            }
        }
        try {
            scheduler.schedule(() -> step(channelId, thread), change.isPresent() ? interval.toMillis() : 0,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("shutting down: status reactions in {} left as they are", channelId);
        }
    }

    private Map<String, List<String>> lookBefore(Channel channel, String messageId) {
        try {
            return channel.ownReactionsBefore(messageId);
        } catch (RuntimeException e) {
            if (shuttingDown(e)) {
                return Map.of();
            }
            // Not fatal: the new status still goes up, and what memory knows is still taken down.
            LOG.warn("could not read the reactions before message {} in channel {}: {}", messageId, channel.id(),
                    e.toString());
            return Map.of();
        }
    }

    /** JDA refuses requests once it is stopping, and a stopping timer interrupts the step in progress. */
    private boolean shuttingDown(RuntimeException e) {
        return e instanceof RejectedExecutionException || scheduler.isShutdown();
    }

    /** What the thread showed wins for the messages it showed; memory still counts for older ones. */
    private static Map<String, List<String>> merged(Map<String, List<String>> remembered,
                                                    Map<String, List<String>> found) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        remembered.forEach((message, emojis) -> {
            if (!found.containsKey(message)) {
                out.put(message, emojis);
            }
        });
        found.forEach((message, emojis) -> {
            if (!emojis.isEmpty()) {
                out.put(message, List.copyOf(emojis));
            }
        });
        return Map.copyOf(out);
    }

    /** The next call towards the wanted state (see {@link StatusChanges}). */
    private static Optional<Change> plan(Map<String, List<String>> applied, Shown wanted) {
        return StatusChanges.toShow(applied, wanted.messageId(), wanted.emojis()).stream().findFirst();
    }

    private static Map<String, List<String>> after(Map<String, List<String>> applied, Change change) {
        List<String> emojis = new ArrayList<>(applied.getOrDefault(change.message(), List.of()));
        if (change.add()) {
            emojis.add(change.emoji());
        } else {
            emojis.remove(change.emoji());
        }
        return with(applied, change.message(), emojis);
    }

    /** After a failed call: an older message is given up on; the wanted one is taken as shown. */
    private static Map<String, List<String>> forgotten(Map<String, List<String>> applied, Change change,
                                                       Shown wanted) {
        return change.message().equals(wanted.messageId())
                ? with(applied, wanted.messageId(), wanted.emojis())
                : with(applied, change.message(), List.of());
    }

    private static Map<String, List<String>> with(Map<String, List<String>> applied, String messageId,
                                                  List<String> emojis) {
        Map<String, List<String>> out = new HashMap<>(applied);
        if (emojis.isEmpty()) {
            out.remove(messageId);
        } else {
            out.put(messageId, List.copyOf(emojis));
        }
        return Map.copyOf(out);
    }
}
