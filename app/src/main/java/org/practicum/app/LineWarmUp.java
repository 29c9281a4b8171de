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
 */
final class LineWarmUp {

    private static final int BATCH = 32;

    private LineWarmUp() {
    }

    static CompletableFuture<Void> start(ScenarioCatalog scenarios, Embedder embedder) {
        if (embedder == null) {
            return CompletableFuture.completedFuture(null);
        }
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
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                for (int i = 0; i < lines.size(); i += BATCH) {
                    embedder.embedAll(lines.subList(i, Math.min(lines.size(), i + BATCH)));
                }
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "line-warm-up");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
        return done;
    }
}
