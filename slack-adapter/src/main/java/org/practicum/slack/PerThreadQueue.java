package org.practicum.slack;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work after Bolt has acknowledged a request, in order per thread (so a trainee's two quick
 * replies are answered in the order they were written) and in parallel across threads.
 */
final class PerThreadQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PerThreadQueue.class);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    PerThreadQueue(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slack-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    synchronized void submit(String key, Runnable work) {
        CompletableFuture<Void> tail = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
        CompletableFuture<Void> next = tail.thenRunAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("slack work for {} failed", key, e);
            }
        }, pool);
        tails.put(key, next);
        next.whenComplete((ignored, error) -> forget(key, next));
    }

    private synchronized void forget(String key, CompletableFuture<Void> done) {
        tails.remove(key, done);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
