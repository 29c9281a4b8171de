package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PerChannelQueueTest {

    final ExecutorService workers = Executors.newFixedThreadPool(1);
    final PerChannelQueue queue = new PerChannelQueue(workers);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void a_channels_next_work_waits_for_a_post_due_later_while_other_channels_go_on_on_the_one_worker()
            throws Exception {
        // given: a reply in channel A whose post is due only when the test says so
        List<String> done = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> postDue = new CompletableFuture<>();
        CountDownLatch otherChannel = new CountDownLatch(1);
        queue.submitThen("A", () -> postDue.thenRun(() -> done.add("A: first reply posted")));

        // when
        queue.submit("A", () -> done.add("A: second reply"));
        queue.submit("B", () -> {
            done.add("B: reply");
            otherChannel.countDown();
        });

        // then: B ran on the only worker while A's post was pending; A's second reply came after its first
        assertTrue(otherChannel.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("B: reply"), done);
        postDue.complete(null);
        CountDownLatch drained = new CountDownLatch(1);
        queue.submit("A", drained::countDown);
        assertTrue(drained.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("B: reply", "A: first reply posted", "A: second reply"), done);
    }

    @Test
    void a_failed_post_does_not_stop_the_channels_later_work() throws Exception {
        // given
        CountDownLatch later = new CountDownLatch(1);
        queue.submitThen("A", () -> CompletableFuture.failedFuture(new IllegalStateException("Discord said no")));

        // when
        queue.submit("A", later::countDown);

        // then
        assertTrue(later.await(5, TimeUnit.SECONDS));
    }
}
