package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.storage.TestDatabase;

/**
 * Several bot instances on one database, as when Discord shards or Slack connections are spread over
 * machines: a platform event may reach two instances, and each instance caches sessions.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class SharedStoreTest {

    private static final Participant SAM = new Participant("u1", "Sam");
    /** Ordinary replies; a client speaks each authored line once, so sessions are kept short enough not to end. */
    private static final List<String> REPLIES = List.of(
            "It sounds like a lot has been piling up.", "What has that been like for you?",
            "Do you sleep ok?", "How are you feeling about it today?",
            "It seems like nobody has really noticed.", "Tell me more about that.");

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;
    EngineFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EngineFixture(kind, dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void an_event_delivered_twice_makes_one_turn_and_the_repeat_returns_the_first_answer() {
        PracticeEngine engine = fixture.engine;
        String id = fixture.start("exam-stress", 4).sessionId();

        SessionUpdate first = engine.reply(id, SAM, "It sounds like a lot.", "msg-1");
        SessionUpdate again = engine.reply(id, SAM, "It sounds like a lot.", "msg-1");

        assertEquals(first.turn(), again.turn());
        assertEquals(first.client().text(), again.client().text());
        assertEquals(first.suggestions(), again.suggestions());
        assertEquals(false, first.replayed());
        assertEquals(true, again.replayed(), "marked, so a chat adapter does not post the answer twice");
        assertEquals(1, traineeTurns(fixture.restarted(), id).size());
    }

    @Test
    void an_event_that_reached_another_instance_first_is_answered_from_the_stored_turn() {
        String id = fixture.start("exam-stress", 4).sessionId();
        PracticeEngine a = fixture.engine;
        PracticeEngine b = fixture.secondInstance();
        b.reply(id, SAM, "Hi, what's been going on?", "msg-1");

        SessionUpdate fromA = a.reply(id, SAM, "It sounds like a lot.", "msg-2");
        SessionUpdate fromB = b.reply(id, SAM, "It sounds like a lot.", "msg-2");

        assertEquals(2, fromA.turn());
        assertEquals(fromA.client().text(), fromB.client().text());
        assertEquals(List.of("Hi, what's been going on?", "It sounds like a lot."),
                traineeTurns(fixture.restarted(), id).stream().map(TurnRecord::traineeText).toList());
    }

    @Test
    void an_instance_with_an_old_copy_reloads_and_applies_the_next_reply_after_the_other_ones() {
        String id = fixture.start("exam-stress", 4).sessionId();
        PracticeEngine a = fixture.engine;
        PracticeEngine b = fixture.secondInstance();
        b.reply(id, SAM, "Hi, what's been going on?", "msg-1");
        a.reply(id, SAM, "It sounds like a lot.", "msg-2");

        // b still caches the session at turn 1: its write is stale, so it must reload and retry.
        SessionUpdate third = b.reply(id, SAM, "What has been hardest?", "msg-3");

        assertEquals(3, third.turn());
        assertEquals(List.of(1, 2, 3), traineeTurns(fixture.restarted(), id).stream().map(TurnRecord::turn).toList());
    }

    @Test
    void two_instances_processing_the_same_1000_events_concurrently_lose_and_duplicate_no_turn() throws Exception {
        int sessions = 125;
        int eventsPerSession = 8;
        PracticeEngine a = fixture.engine;
        PracticeEngine b = fixture.secondInstance();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            ids.add(a.start(new StartRequest("exam-stress", new Participant("u" + s, "T" + s),
                    new SessionOrigin("test", "c", "ch", "thread-" + s), SessionMode.PRIVATE, (long) s)).sessionId());
        }
        // Each instance handles a thread's events in order (as the adapters queue them), threads in parallel.
        Map<String, SessionUpdate> seenByA = new ConcurrentHashMap<>();
        Map<String, SessionUpdate> seenByB = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            int session = s;
            for (PracticeEngine engine : List.of(a, b)) {
                Map<String, SessionUpdate> seen = engine == a ? seenByA : seenByB;
                work.add(pool.submit(() -> {
                    for (int e = 0; e < eventsPerSession; e++) {
                        String key = "evt-" + session + "-" + e;
                        seen.put(key, engine.reply(ids.get(session), new Participant("u" + session, "T" + session),
                                REPLIES.get(e % REPLIES.size()) + " (" + e + ")", key));
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : work) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;

        PracticeEngine reader = fixture.restarted();
        Map<String, Integer> turnOfEvent = new HashMap<>();
        for (int s = 0; s < sessions; s++) {
            List<TurnRecord> turns = traineeTurns(reader, ids.get(s));
            assertEquals(eventsPerSession, turns.size(), "session " + s + " has one turn per event");
            for (int e = 0; e < eventsPerSession; e++) {
                TurnRecord t = turns.get(e);
                assertEquals(e + 1, t.turn());
                assertEquals("evt-" + s + "-" + e, t.eventKey(), "events applied in the order they came");
                turnOfEvent.put(t.eventKey(), t.turn());
            }
        }
        assertEquals(sessions * eventsPerSession, turnOfEvent.size());
        for (var event : turnOfEvent.entrySet()) {
            SessionUpdate fromA = seenByA.get(event.getKey());
            SessionUpdate fromB = seenByB.get(event.getKey());
            assertEquals(event.getValue(), fromA.turn(), "both instances report the stored turn");
            assertEquals(event.getValue(), fromB.turn());
            assertEquals(fromA.client().text(), fromB.client().text());
        }
        long replayed = a.contention().replayedEvents() + b.contention().replayedEvents();
        assertEquals(sessions * eventsPerSession, replayed, "every event applied by one instance, replayed by the other");
        System.out.printf("shared store on %s: %d events x 2 instances in %d ms (%.0f deliveries/s); "
                        + "stale writes retried: %d (a) + %d (b); replayed: %d (a) + %d (b)%n",
                kind, turnOfEvent.size(), millis, 2.0 * turnOfEvent.size() / Math.max(1, millis) * 1000,
                a.contention().staleRetries(), b.contention().staleRetries(), a.contention().replayedEvents(),
                b.contention().replayedEvents());
    }

    private static List<TurnRecord> traineeTurns(PracticeEngine engine, String id) {
        return engine.find(id).orElseThrow().activeTurns().stream().filter(t -> t.turn() > 0).toList();
    }
}
