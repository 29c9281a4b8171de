package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.text.Embedder;

class LineWarmUpTest {

    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(Cli.CONFIG.resolve("scenarios"));

    /** An embedder whose batches take a while, like the first one that loads the native model. */
    private static final class SlowEmbedder implements Embedder {
        final CountDownLatch firstBatch = new CountDownLatch(1);
        final AtomicBoolean embedding = new AtomicBoolean();
        final AtomicInteger batches = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            return new float[] {1};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            embedding.set(true);
            batches.incrementAndGet();
            firstBatch.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            embedding.set(false);
            return texts.stream().map(this::embed).toList();
        }
    }

    @Test
    void closing_waits_for_the_batch_in_progress_and_starts_no_other() throws Exception {
        SlowEmbedder embedder = new SlowEmbedder();
        LineWarmUp warmUp = LineWarmUp.start(SCENARIOS, embedder);
        assertTrue(embedder.firstBatch.await(10, TimeUnit.SECONDS));

        warmUp.close();

        assertFalse(embedder.embedding.get(), "close returned while a batch was being embedded");
        assertEquals(1, embedder.batches.get());
        assertTrue(warmUp.done().isDone());
    }

    @Test
    void left_alone_it_embeds_every_authored_line() throws Exception {
        AtomicInteger lines = new AtomicInteger();
        Embedder counting = text -> {
            lines.incrementAndGet();
            return new float[] {1};
        };
        try (LineWarmUp warmUp = LineWarmUp.start(SCENARIOS, counting)) {
            warmUp.done().get(30, TimeUnit.SECONDS);
        }
        assertTrue(lines.get() > 100, "lines embedded: " + lines.get());
    }
}
