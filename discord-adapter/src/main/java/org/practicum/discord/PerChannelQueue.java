package org.practicum.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for one channel in arrival order, and work for different channels in parallel, off JDA's
 * event thread: a trainee's two quick messages must be answered in order, while one slow client reply
 * must not hold up other threads.
 */
final class PerChannelQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PerChannelQueue.class);

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Executor workers;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    PerChannelQueue(Executor workers) {
        this.workers = workers;
    }

    void submit(String channelId, Runnable work) {
        submitThen(channelId, () -> {
            work.run();
            return DONE;
        });
    }

    /**
     * As {@link #submit}, but the channel's next work also waits for the stage {@code work} returns (a
     * post due later, say), without holding a worker while it waits.
     */
    void submitThen(String channelId, Supplier<CompletionStage<Void>> work) {
        tails.compute(channelId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? DONE : tail;
            CompletableFuture<Void> next = previous.thenComposeAsync(v -> run(work), workers);
            next.whenComplete((v, e) -> tails.remove(id, next));
            return next;
        });
    }

    /** Never fails: one failed event must not stop the channel's later ones. */
    private static CompletionStage<Void> run(Supplier<CompletionStage<Void>> work) {
        try {
            return work.get().exceptionally(e -> {
                LOG.error("handling a Discord event failed", e);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("handling a Discord event failed", e);
            return DONE;
        }
    }
}
