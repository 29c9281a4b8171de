package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusReactionsTest {

    /** A thread that records the calls and keeps the bot's reactions per message, as Discord shows them. */
    static class RecordingThread implements StatusReactions.Channel {
        final List<String> calls = new ArrayList<>();
        final Map<String, List<String>> reactions = new TreeMap<>();

        @Override
        public String id() {
            return "thread-1";
        }

        @Override
        public synchronized void add(String messageId, String emoji) {
            calls.add("+" + messageId + emoji);
            reactions.computeIfAbsent(messageId, k -> new ArrayList<>()).add(emoji);
        }

        @Override
        public synchronized void remove(String messageId, String emoji) {
            calls.add("-" + messageId + emoji);
            reactions.computeIfAbsent(messageId, k -> new ArrayList<>()).remove(emoji);
        }

        @Override
        public synchronized Map<String, List<String>> ownReactionsBefore(String messageId) {
            Map<String, List<String>> before = new TreeMap<>();
            reactions.forEach((id, emojis) -> {
                if (id.compareTo(messageId) < 0) {
                    before.put(id, List.copyOf(emojis));
                }
            });
            return before;
        }

        /** Reactions some earlier bot process left on a message. */
        synchronized void alreadyShows(String messageId, String... emojis) {
            reactions.put(messageId, new ArrayList<>(List.of(emojis)));
        }

        synchronized List<String> calls() {
            return List.copyOf(calls);
        }

        synchronized Map<String, List<String>> shown() {
            Map<String, List<String>> out = new TreeMap<>();
            reactions.forEach((id, emojis) -> {
                if (!emojis.isEmpty()) {
                    out.put(id, List.copyOf(emojis));
                }
            });
            return out;
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

    @Test
    void after_a_restart_the_status_an_earlier_process_left_is_taken_down_before_the_new_one_goes_up()
            throws Exception {
        // given a thread where the previous bot process showed a status on m1, and a fresh memory
        RecordingThread thread = new RecordingThread();
        thread.alreadyShows("m1", "😢", "⬇️");
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ZERO);

        // when
        reactions.show(thread, "m2", List.of("😐", "⬆️"));
        awaitIdle();

        // then
        assertEquals(List.of("-m1⬇️", "-m1😢", "+m2😐", "+m2⬆️"), thread.calls());
        assertEquals(Map.of("m2", List.of("😐", "⬆️")), thread.shown());
    }

    @Test
    void a_status_another_instance_moved_meanwhile_is_found_in_the_thread_not_in_memory() throws Exception {
        // given this process showed the status on m1, then another instance moved it to m2
        RecordingThread thread = new RecordingThread();
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ZERO);
        reactions.show(thread, "m1", List.of("😢"));
        awaitIdle();
        thread.reactions.put("m1", new ArrayList<>());
        thread.alreadyShows("m2", "😠");

        // when
        reactions.show(thread, "m3", List.of("😐"));
        awaitIdle();

        // then
        assertEquals(Map.of("m3", List.of("😐")), thread.shown());
        assertEquals(List.of("+m1😢", "-m2😠", "+m3😐"), thread.calls());
    }

    @Test
    void when_the_thread_cannot_be_read_the_new_status_still_goes_up_and_what_memory_knows_comes_down()
            throws Exception {
        // given
        RecordingThread thread = new RecordingThread() {
            @Override
            public synchronized Map<String, List<String>> ownReactionsBefore(String messageId) {
                if (messageId.equals("m2")) {
                    throw new IllegalStateException("missing access");
                }
                return super.ownReactionsBefore(messageId);
            }
        };
        StatusReactions reactions = new StatusReactions(scheduler, Duration.ZERO);
        reactions.show(thread, "m1", List.of("😢"));
        awaitIdle();

        // when
        reactions.show(thread, "m2", List.of("😐"));
        awaitIdle();

        // then
        assertEquals(Map.of("m2", List.of("😐")), thread.shown());
    }

    private void awaitIdle() throws Exception {
        // Steps re-schedule themselves; a second is plenty for a handful of steps.
        for (int i = 0; i < 10; i++) {
            scheduler.schedule(() -> { }, 100, TimeUnit.MILLISECONDS).get();
        }
    }
}
