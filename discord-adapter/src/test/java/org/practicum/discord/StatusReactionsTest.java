package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusReactionsTest {

    /** A thread that records the calls and is slow, like Discord's reaction rate limit. */
    static final class RecordingThread implements StatusReactions.Channel {
        final List<String> calls = new ArrayList<>();

        @Override
        public String id() {
            return "thread-1";
        }

        @Override
        public synchronized void add(String messageId, String emoji) {
            calls.add("+" + messageId + emoji);
        }

        @Override
        public synchronized void remove(String messageId, String emoji) {
            calls.add("-" + messageId + emoji);
        }

        synchronized List<String> calls() {
            return List.copyOf(calls);
        }
    }

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void the_status_moves_to_the_newest_client_message() throws Exception {
        // given
        RecordingThread thread = new RecordingThread();
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ZERO);
        reactions.show(thread, "m1", List.of("😢"));
        awaitIdle();

        // when
        reactions.show(thread, "m2", List.of("😐", "⬆️"));
        awaitIdle();

        // then
        assertEquals(List.of("+m1😢", "-m1😢", "+m2😐", "+m2⬆️"), thread.calls());
    }

    @Test
    void changes_that_arrive_while_calls_are_pending_are_coalesced_into_the_last_one() throws Exception {
        // given a slow thread: every call waits for the interval
        RecordingThread thread = new RecordingThread();
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ofMillis(200));
        CountDownLatch busy = new CountDownLatch(1);
        scheduler.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // when three states are wanted in quick succession
        reactions.show(thread, "m1", List.of("😢"));
        reactions.show(thread, "m1", List.of("😠", "⬇️"));
        reactions.show(thread, "m1", List.of("😐"));
        busy.countDown();
        awaitIdle();

        // then only the last was ever shown
        assertEquals(List.of("+m1😐"), thread.calls());
    }

    @Test
    void an_emotion_change_on_the_same_message_swaps_only_what_differs() throws Exception {
        // given
        RecordingThread thread = new RecordingThread();
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ZERO);
        reactions.show(thread, "m1", List.of("😢", "⬇️"));
        awaitIdle();

        // when
        reactions.show(thread, "m1", List.of("😢", "⬆️"));
        awaitIdle();

        // then
        assertEquals(List.of("+m1😢", "+m1⬇️", "-m1⬇️", "+m1⬆️"), thread.calls());
    }

    private void awaitIdle() throws Exception {
        // Steps re-schedule themselves; a second is plenty for a handful of steps.
        for (int i = 0; i < 10; i++) {
            scheduler.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).get();
        }
    }
}
