package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.practicum.discord.DiscordPracticeEndToEndTest.TRAINEE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.session.InboxPasses;
import org.practicum.core.session.InboxRecovery;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.TestDatabase;

/**
 * A trainee message JDA had received, and then the process stopped before its turn was stored (the
 * inbox's test hook halts right after recording): real JDA against the loopback Discord, a restarted
 * process answers it once in its thread, and of two instances on one database that both take up
 * unanswered messages, one does.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class DiscordInboxTest {

    private static final String REPLY = "That sounds like a lot. What's on your mind?";
    /** A closing: the client thanks the trainee and leaves, which ends the session. */
    private static final String GOODBYE = "We're out of time now. Take care.";

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    /** An instance of the bot: its engine and its JDA. */
    private record Instance(TestEngine engine, DiscordPlatform bot) implements AutoCloseable {
        @Override
        public void close() {
            bot.close();
            engine.close();
        }
    }

    private Instance started(FakeDiscord discord, TestDatabase database) throws Exception {
        TestEngine engine = new TestEngine(dir, discord.settings(), database.open());
        DiscordPlatform bot = new DiscordPlatform(engine.context("test-token"), Map.of());
        bot.start();
        return new Instance(engine, bot);
    }

    @Test
    void a_message_received_before_a_stop_is_answered_once_after_the_restart() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId = recordedThenStopped(discord, database);

            answeredOnceByARestartedInstance(discord, database, threadId);
        }
    }

    @Test
    void a_message_whose_turn_was_stored_before_a_stop_but_never_posted_is_posted_once_after_the_restart()
            throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId;
            try (Instance before = started(discord, database)) {
                threadId = startSession(discord);
                storedNeverPosted(discord, before, threadId, REPLY);
            }

            answeredOnceByARestartedInstance(discord, database, threadId);
        }
    }

    @Test
    void a_goodbye_whose_turn_ended_the_session_before_a_stop_but_was_never_posted_is_shown_once_with_the_debrief()
            throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId;
            try (Instance before = started(discord, database)) {
                threadId = startSession(discord);
                // given: the client said goodbye in the stored turn, which ended the session, and nothing was posted
                assertEquals(SessionStatus.ENDED, storedNeverPosted(discord, before, threadId, GOODBYE).status());
            }

            try (Instance after = started(discord, database)) {
                assertEquals(1, InboxPasses.once(after.engine().engine()));

                // then: the client's last line, that the client left, and the debrief, each once, in that order
                discord.await("POST", "channels/" + threadId + "/messages", c -> c.body().path("embeds").size() > 0);
                assertEquals(0, InboxPasses.once(after.engine().engine()));
                Thread.sleep(400);
                List<String> posted = discord.posted(threadId).stream().map(m -> m.path("embeds").size() > 0 ? "debrief"
                        : m.path("content").asText().contains("has ended the conversation") ? "left" : "line").toList();
                assertEquals(List.of("line", "line", "line", "left", "debrief"), posted,
                        "the card, the opening, the last line, the notice and the debrief");
                assertEquals(List.of(GOODBYE), traineeTexts(after, threadId));
            }
        }
    }

    @Test
    void a_message_taken_up_after_the_late_limit_is_answered_after_a_notice_that_it_was_delayed() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId = recordedThenStopped(discord, database);

            try (Instance after = started(discord, database)) {
                // when: taken up eleven minutes later, past the ten-minute limit
                assertEquals(1, new InboxRecovery(after.engine().engine(), Duration.ofMinutes(10),
                        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11))).runOnce());

                // then: the notice, then the client's line, once
                discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 4);
                Thread.sleep(400);
                List<String> posted = discord.posted(threadId).stream().map(m -> m.path("content").asText()).toList();
                assertEquals(4, posted.size(), "the card, the opening, the notice and one answer: " + posted);
                assertEquals(true, posted.get(2).contains("was delayed: here is the reply now"), posted.get(2));
                assertEquals(false, posted.get(3).contains("was delayed"), posted.get(3));
                assertEquals(List.of(REPLY), traineeTexts(after, threadId));
            }
        }
    }

    @Test
    void practice_end_deferred_before_a_stop_ends_the_session_once_after_the_restart_and_answers_the_user()
            throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId;
            String command;
            try (Instance before = started(discord, database)) {
                threadId = startSession(discord);
                before.engine().engine().inbox().haltAfterRecording(true);
                // given: /practice end recorded, then the process stops before deferring or ending
                command = discord.slashCommand(TRAINEE, threadId, "end", Map.of());
                Instant deadline = Instant.now().plusSeconds(10);
                while (undone(before) == 0 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                assertEquals(1, undone(before), "the command was recorded");
            }

            try (Instance after = started(discord, database)) {
                assertEquals(1, InboxPasses.once(after.engine().engine()));

                // then: one debrief in the thread, the session ended, and the user told through the interaction
                discord.await("POST", "channels/" + threadId + "/messages", c -> c.body().path("embeds").size() > 0);
                FakeDiscord.Call told = discord.awaitFollowUp(command);
                assertEquals(true, told.body().path("content").asText().startsWith("Session ended."), told.body().toString());
                assertEquals(0, InboxPasses.once(after.engine().engine()));
                Thread.sleep(400);
                assertEquals(1, discord.posted(threadId).stream().filter(m -> m.path("embeds").size() > 0).count());
                assertEquals(SessionStatus.ENDED, after.engine().engine().findByThread("discord", threadId)
                        .orElseThrow().status());
            }
        }
    }

    @Test
    void two_instances_taking_up_the_message_of_a_stopped_one_answer_it_once() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); TestDatabase database = TestDatabase.create(kind, dir)) {
            String threadId = recordedThenStopped(discord, database);
            try (Instance first = started(discord, database); Instance second = started(discord, database)) {
                assertEquals(1, InboxPasses.concurrently(first.engine().engine(), second.engine().engine()));
                discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
                Thread.sleep(400);
                assertEquals(3, discord.posted(threadId).size(), "the card, the opening and one answer");
                assertEquals(List.of(REPLY), traineeTexts(first, threadId));
            }
        }
    }

    /** A new instance takes the message up: one answer in the thread, the trainee's words in one turn. */
    private void answeredOnceByARestartedInstance(FakeDiscord discord, TestDatabase database, String threadId)
            throws Exception {
        try (Instance after = started(discord, database)) {
            assertEquals(1, InboxPasses.once(after.engine().engine()));

            discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
            assertEquals(0, InboxPasses.once(after.engine().engine()), "answered: nothing left to take up");
            Thread.sleep(400);
            assertEquals(3, discord.posted(threadId).size(), "the card, the opening and one answer");
            assertEquals(List.of(REPLY), traineeTexts(after, threadId));
        }
    }

    private static String startSession(FakeDiscord discord) throws InterruptedException {
        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", RunningBot.SCENARIO));
        discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        String threadId = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 2);
        return threadId;
    }

    /**
     * An instance starts a session, the trainee writes, the instance records the message and halts, as if
     * killed right after, and stops; returns the session's thread.
     */
    private String recordedThenStopped(FakeDiscord discord, TestDatabase database) throws Exception {
        try (Instance instance = started(discord, database)) {
            String threadId = startSession(discord);
            recordedThenHalted(discord, instance, threadId, REPLY);
            return threadId;
        }
    }

    /**
     * The trainee's message recorded, then its turn stored, as an instance does before it stops without
     * posting the answer; returns the session as it stood then.
     */
    private static Session storedNeverPosted(FakeDiscord discord, Instance instance, String threadId, String text)
            throws Exception {
        String messageId = recordedThenHalted(discord, instance, threadId, text);
        var engine = instance.engine().engine();
        String id = engine.findByThread("discord", threadId).orElseThrow().id();
        engine.reply(id, new Participant(TRAINEE.id(), TRAINEE.name()), text, messageId);
        return engine.find(id).orElseThrow();
    }

    /** Returns the message's id. */
    private static String recordedThenHalted(FakeDiscord discord, Instance instance, String threadId, String text)
            throws Exception {
        instance.engine().engine().inbox().haltAfterRecording(true);
        String messageId = discord.message(TRAINEE, threadId, text);
        Instant deadline = Instant.now().plusSeconds(10);
        while (undone(instance) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the message was never recorded");
            }
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertEquals(2, discord.posted(threadId).size(), "halted: nothing answered");
        return messageId;
    }

    private static int undone(Instance instance) throws Exception {
        try (Connection c = instance.engine().database().dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from inbox where done = false")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What the trainee said in the session, read from the database: each instance caches what it last saw. */
    private static List<String> traineeTexts(Instance instance, String threadId) {
        String id = instance.engine().engine().findByThread("discord", threadId).orElseThrow().id();
        return new JdbcSessionStore(instance.engine().database().dataSource(), Clock.systemUTC()).load(id).orElseThrow()
                .activeTurns().stream().filter(t -> t.traineeText() != null).map(t -> t.traineeText()).toList();
    }
}
