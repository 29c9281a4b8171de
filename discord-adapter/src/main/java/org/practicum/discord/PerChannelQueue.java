package org.practicum.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for one channel in arrival order, and work for different channels in parallel, off JDA's
 * event thread: a trainee's two quick messages must be answered in order, while one slow client reply
 * must not hold up other threads.
 */
final class PerChannelQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PerChannelQueue.class);

    private final Executor workers;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    PerChannelQueue(Executor workers) {
        this.workers = workers;
    }

    void submit(String channelId, Runnable work) {
        tails.compute(channelId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> run(work), workers);
            next.whenComplete((v, e) -> tails.remove(id, next));
            return next;
        });
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("handling a Discord event failed", e);
        }
    }
}
