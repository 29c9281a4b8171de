package org.practicum.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.text.Embedder;

/**
 * Embeds every authored client line in the background after start-up, so the first time a move is
 * made the client's relevance ranking is a cache hit rather than a burst of model calls in a turn.
 * Closing stops it after the batch in progress and waits for that batch: the first batch loads the
 * native model, and a JVM that exits while it loads crashes in native code.
 */
final class LineWarmUp implements AutoCloseable {

    private static final int BATCH = 32;

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final Thread worker;
    private volatile boolean stopped;

    private LineWarmUp(List<String> lines, Embedder embedder) {
        this.worker = new Thread(() -> embed(lines, embedder), "line-warm-up");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts embedding the catalogue's lines; with no embedder there is nothing to do. */
    static LineWarmUp start(ScenarioCatalog scenarios, Embedder embedder) {
        LineWarmUp warmUp = new LineWarmUp(embedder == null ? List.of() : lines(scenarios), embedder);
        warmUp.worker.start();
        return warmUp;
    }

    /** Completes when every line is embedded, or when the warm-up was stopped first. */
    CompletableFuture<Void> done() {
        return done;
    }

    private void embed(List<String> lines, Embedder embedder) {
        try {
            for (int i = 0; i < lines.size() && !stopped; i += BATCH) {
                embedder.embedAll(lines.subList(i, Math.min(lines.size(), i + BATCH)));
            }
            done.complete(null);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private static List<String> lines(ScenarioCatalog scenarios) {
        List<String> lines = new ArrayList<>();
        for (Scenario s : scenarios.all()) {
            s.opening().forEach(l -> lines.add(l.text()));
            for (Layer layer : s.layers()) {
                layer.disclose().forEach(l -> lines.add(l.text()));
                layer.elaborate().forEach(l -> lines.add(l.text()));
                layer.cues().forEach(c -> c.lines().forEach(l -> lines.add(l.text())));
            }
            s.reactions().values().forEach(group -> group.stream().map(Line::text).forEach(lines::add));
        }
        return lines;
    }

    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: leaving now is what crashes
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
