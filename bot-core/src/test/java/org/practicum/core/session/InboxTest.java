package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.TestDatabase;

/** The durable inbox on both databases: what an instance recorded and never answered is answered once. */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class InboxTest {

    private static final Participant SAM = new Participant("u1", "Sam");
    private static final Duration LIMIT = Duration.ofMinutes(10);

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

    /** An adapter's redelivery in miniature: the reply through the engine, then done; what it answered is kept. */
    private static List<SessionUpdate> answering(PracticeEngine engine, List<Boolean> delays) {
        List<SessionUpdate> answered = new CopyOnWriteArrayList<>();
        engine.inbox().onRedelivery("test", (entry, delayed) -> {
            delays.add(delayed);
            SessionUpdate update = engine.reply(entry.sessionId(), SAM, entry.text(), entry.eventKey());
            if (!update.replayed()) {
                answered.add(update);
            }
            engine.inbox().done(entry.sessionId(), entry.eventKey());
        });
        return answered;
    }

    private static InboxRecovery recovery(PracticeEngine engine, Clock clock) {
        return new InboxRecovery(engine, LIMIT, clock);
    }


    private void recordedThenHalted(String sessionId, String eventKey, String text) {
        fixture.engine.inbox().haltAfterRecording(true);
        fixture.engine.inbox().receive("test", eventKey, sessionId, SAM.id(), text,
                () -> { throw new AssertionError("halted: nothing runs after recording"); });
    }

    @Test
    void a_message_recorded_and_never_answered_is_answered_once_after_a_restart() throws Exception {
        String id = fixture.start("exam-stress", 4).sessionId();
        recordedThenHalted(id, "msg-1", "It sounds like a lot has been piling up.");

        PracticeEngine restarted = fixture.restarted();
        List<Boolean> delays = new ArrayList<>();
        List<SessionUpdate> answered = answering(restarted, delays);
        assertEquals(0, recovery(restarted, Clock.systemUTC()).runOnce(), "the dead instance's hold has not run out");
        Clock clock = InboxPasses.afterTheHold();
        assertEquals(1, recovery(restarted, clock).runOnce());
        assertEquals(0, recovery(restarted, clock).runOnce());

        assertEquals(1, answered.size());
        assertEquals(List.of(false), delays);
        assertEquals(1, restarted.find(id).orElseThrow().lastActive().orElseThrow().turn());
        assertEquals(0, inboxRows(id, "done = false"));
    }

    @Test
    void two_instances_taking_up_entries_at_once_never_take_the_same_one() throws Exception {
        String id = fixture.start("exam-stress", 4).sessionId();
        for (int i = 0; i < 20; i++) {
            recordedThenHalted(id, "msg-" + i, "It sounds like a lot.");
        }
        PracticeEngine a = fixture.restarted();
        PracticeEngine b = fixture.secondInstance();
        answering(a, new ArrayList<>());
        answering(b, new ArrayList<>());
        Instant now = InboxPasses.afterTheHold().instant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<InboxEntry>>> claims = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (PracticeEngine engine : List.of(a, b)) {
                    claims.add(pool.submit(() -> engine.inbox().claim(now, 3)));
                }
            }
            Set<String> taken = new HashSet<>();
            for (Future<List<InboxEntry>> claim : claims) {
                for (InboxEntry entry : claim.get()) {
                    assertTrue(taken.add(entry.eventKey()), entry.eventKey() + " taken twice");
                }
            }
            // A claim that found every row locked by the other took nothing; a later pass takes the rest.
            for (InboxEntry entry : a.inbox().claim(now, 20)) {
                assertTrue(taken.add(entry.eventKey()), entry.eventKey() + " taken twice");
            }
            assertEquals(20, taken.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_message_older_than_the_limit_is_answered_with_the_delay_notice() {
        String id = fixture.start("exam-stress", 4).sessionId();
        recordedThenHalted(id, "msg-1", "It sounds like a lot.");

        List<Boolean> delays = new ArrayList<>();
        List<SessionUpdate> answered = answering(fixture.engine, delays);
        Clock later = Clock.offset(Clock.systemUTC(), LIMIT.plusMinutes(1));
        assertTrue(LIMIT.plusMinutes(1).compareTo(Inbox.HOLD) > 0);
        recovery(fixture.engine, later).runOnce();

        assertEquals(List.of(true), delays);
        assertEquals(1, answered.size());
    }

    @Test
    void a_message_of_a_session_that_has_ended_is_dropped_and_not_taken_up_again() throws Exception {
        String id = fixture.start("exam-stress", 4).sessionId();
        recordedThenHalted(id, "msg-1", "It sounds like a lot.");
        fixture.engine.end(id);

        List<Boolean> delays = new ArrayList<>();
        answering(fixture.engine, delays);
        assertEquals(0, recovery(fixture.engine, InboxPasses.afterTheHold()).runOnce());
        assertEquals(List.of(), delays);
        assertEquals(0, inboxRows(id, "text <> ''"), "dropped means done, and a done entry keeps no words");
        assertEquals(0, fixture.engine.inbox().claim(Instant.now().plus(Duration.ofHours(1)), 10).size());
    }

    @Test
    void a_message_an_instance_still_works_on_is_not_taken_by_another_until_that_instance_gives_up_on_it() {
        String id = fixture.start("exam-stress", 4).sessionId();
        PracticeEngine other = fixture.secondInstance();
        List<Boolean> delays = new ArrayList<>();
        List<SessionUpdate> answeredByOther = answering(other, delays);
        // A slow turn: the processing queued its work, which has not finished.
        fixture.engine.inbox().receive("test", "msg-1", id, SAM.id(), "It sounds like a lot.", () -> { });
        Instant received = Instant.now();

        // The working instance renews its hold on each pass, so another finds it held past the first hold.
        for (Duration at = Duration.ofSeconds(10); at.compareTo(Duration.ofSeconds(100)) < 0; at = at.plusSeconds(10)) {
            recovery(fixture.engine, Clock.fixed(received.plus(at), java.time.ZoneOffset.UTC)).runOnce();
            assertEquals(0, recovery(other, Clock.fixed(received.plus(at).plusSeconds(5), java.time.ZoneOffset.UTC))
                    .runOnce(), "taken while held, at +" + at);
        }
        // Past the longest a turn takes, the working instance stops renewing, and the other answers it.
        Instant late = received.plus(Inbox.MAX_WORK).plusSeconds(1);
        recovery(fixture.engine, Clock.fixed(late, java.time.ZoneOffset.UTC)).runOnce();
        assertEquals(1, recovery(other, Clock.fixed(late.plus(Inbox.HOLD).plusSeconds(1), java.time.ZoneOffset.UTC))
                .runOnce());
        assertEquals(1, answeredByOther.size());
    }

    @Test
    void only_the_platforms_an_instance_answers_are_claimed_by_it() {
        String id = fixture.start("exam-stress", 4).sessionId();
        recordedThenHalted(id, "msg-1", "It sounds like a lot.");
        PracticeEngine slackOnly = fixture.restarted();
        slackOnly.inbox().onRedelivery("slack", (entry, delayed) -> { throw new AssertionError("not slack's"); });

        assertEquals(0, recovery(slackOnly, InboxPasses.afterTheHold()).runOnce());

        PracticeEngine testToo = fixture.restarted();
        List<SessionUpdate> answered = answering(testToo, new ArrayList<>());
        assertEquals(1, recovery(testToo, InboxPasses.afterTheHold()).runOnce());
        assertEquals(1, answered.size());
    }

    @Test
    void a_message_whose_turn_was_stored_but_never_shown_is_taken_up_and_gets_its_stored_turn_back() {
        String id = fixture.start("exam-stress", 4).sessionId();
        recordedThenHalted(id, "msg-1", "It sounds like a lot.");
        // The turn is stored (the entry keeps no words now), then the instance stops before showing it.
        fixture.engine.reply(id, SAM, "It sounds like a lot.", "msg-1");

        PracticeEngine restarted = fixture.restarted();
        List<SessionUpdate> handedBack = new CopyOnWriteArrayList<>();
        restarted.inbox().onRedelivery("test", (entry, delayed) -> {
            handedBack.add(restarted.reply(entry.sessionId(), SAM, entry.text(), entry.eventKey()));
            restarted.inbox().done(entry.sessionId(), entry.eventKey());
        });
        assertEquals(1, recovery(restarted, InboxPasses.afterTheHold()).runOnce());
        assertEquals(0, recovery(restarted, InboxPasses.afterTheHold()).runOnce());

        assertEquals(1, handedBack.size());
        assertTrue(handedBack.get(0).replayed(), "the stored turn, not a second one");
        assertEquals(1, handedBack.get(0).turn());
        assertEquals(1, restarted.find(id).orElseThrow().lastActive().orElseThrow().turn());
    }

    @Test
    void deleting_a_session_removes_its_inbox_entries_done_or_not() throws Exception {
        String id = fixture.start("exam-stress", 4).sessionId();
        fixture.engine.inbox().receive("test", "msg-1", id, SAM.id(), "It sounds like a lot.",
                () -> fixture.engine.reply(id, SAM, "It sounds like a lot.", "msg-1"));
        recordedThenHalted(id, "msg-2", "What has that been like?");
        assertEquals(2, inboxRows(id, "true"));
        assertEquals(1, inboxRows(id, "done = false"), "storing msg-1's turn marked it done");

        assertTrue(new JdbcSessionStore(fixture.database.dataSource(), Clock.systemUTC()).delete(id));

        assertEquals(0, inboxRows(id, "true"));
    }

    /** The session's inbox rows that meet {@code condition}. */
    private int inboxRows(String sessionId, String condition) throws SQLException {
        try (Connection c = fixture.database.dataSource().getConnection();
             var ps = c.prepareStatement("select count(*) from inbox where session_id = ? and " + condition)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
