package org.practicum.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's emotion as status reactions on its latest message in a thread. When a newer client
 * message arrives, or the emotion on it changes, the bot's reactions move there. Calls go one at a time
 * per thread with a pause between them (Discord allows about one reaction per 250 ms per channel), and
 * each call is chosen against the newest wanted state, so quick changes coalesce: intermediate states
 * that were never shown cost nothing.
 */
final class StatusReactions {

    /** A thread's reaction calls; they block until Discord answered (JDA waits out and retries 429s). */
    interface Channel {
        String id();

        void add(String messageId, String emoji);

        void remove(String messageId, String emoji);
    }

    private record Shown(String messageId, List<String> emojis) {
    }

    private static final class Thread {
        Channel channel;
        Shown applied;
        Shown wanted;
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
        Shown applied;
        Shown wanted;
        Channel channel;
        synchronized (threads) {
            channel = thread.channel;
            applied = thread.applied;
            wanted = thread.wanted;
            if (wanted.equals(applied)) {
                thread.draining = false;
                return;
            }
        }
        try {
            Shown after = next(channel, applied, wanted);
            synchronized (threads) {
                thread.applied = after;
            }
        } catch (RuntimeException e) {
            // Most often the message was deleted: forget it rather than retry forever.
            LOG.warn("reaction call in channel {} failed: {}", channelId, e.toString());
            synchronized (threads) {
                thread.applied = applied == null || applied.messageId().equals(wanted.messageId())
                        ? new Shown(wanted.messageId(), wanted.emojis()) : null;
            }
        }
        try {
            scheduler.schedule(() -> step(channelId, thread), interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("shutting down: status reactions in {} left as they are", channelId);
        }
    }

    /** Makes one call towards the wanted state and returns what is shown after it. */
    private Shown next(Channel channel, Shown applied, Shown wanted) {
        if (applied != null && !applied.messageId().equals(wanted.messageId())) {
            if (applied.emojis().isEmpty()) {
                return new Shown(wanted.messageId(), List.of());
            }
            String emoji = applied.emojis().get(applied.emojis().size() - 1);
            channel.remove(applied.messageId(), emoji);
            return new Shown(applied.messageId(), without(applied.emojis(), emoji));
        }
        List<String> current = applied == null ? List.of() : applied.emojis();
        for (String emoji : current) {
            if (!wanted.emojis().contains(emoji)) {
                channel.remove(wanted.messageId(), emoji);
                return new Shown(wanted.messageId(), without(current, emoji));
            }
        }
        // Add in the wanted order; an emoji already there stays where it is.
        for (String emoji : wanted.emojis()) {
            if (!current.contains(emoji)) {
                channel.add(wanted.messageId(), emoji);
                List<String> after = new ArrayList<>(current);
                after.add(emoji);
                return new Shown(wanted.messageId(), List.copyOf(after));
            }
        }
        return wanted;
    }

    private static List<String> without(List<String> emojis, String emoji) {
        List<String> out = new ArrayList<>(emojis);
        out.remove(emoji);
        return List.copyOf(out);
    }
}
