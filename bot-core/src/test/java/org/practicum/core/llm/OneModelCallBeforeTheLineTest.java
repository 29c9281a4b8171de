package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.TurnRecord;

/**
 * The trainee waits for one model call a turn: the model's reading of their reply runs alongside the
 * client's call, and the suggestions are asked for after the client's line. Ordered with latches in
 * the fake model, never by the clock: a reading the engine waited for before the client's call would
 * hold the line back until the reading's own timeout.
 */
class OneModelCallBeforeTheLineTest {

    private static final String REPLY = "you should just make a timetable and stick to it.";
    private static final String MODEL_WHY = "Advice before Maya has said what she wants (the model's reading).";
    private static final String ANALYSIS_WITH_FLAG = "{\"sentences\":[{\"text\":\"" + REPLY + "\",\"skill\":"
            + "\"advice_without_permission\"}],\"flags\":[{\"kind\":\"premature_advice\",\"quote\":\"" + REPLY
            + "\",\"why\":\"" + MODEL_WHY + "\",\"better\":\"Ask what she has tried.\"}],\"acknowledges_cue\":false,"
            + "\"asks_about_risk\":false,\"rationale\":\"Advice too soon.\"}";
    /** The fake waits at most this long for what it is held on, so a broken order fails instead of hanging. */
    private static final long HOLD_SECONDS = 10;

    @TempDir
    Path data;

    private FakeModelServer server;
    private Harness h;

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer(FakeDialect.OPENAI);
        // a timeout longer than any hold: a call held back is answered late, never given up on
        h = Harness.start(data, Harness.env(server, "openai", "PRACTICUM_LLM_TIMEOUT_SECONDS", "30"), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_models_reading_is_answered_only_once_the_client_was_asked_and_its_flags_are_kept() {
        // given a model whose reading of the reply answers only after the client's call has arrived
        String id = h.startSession();
        CountDownLatch clientAsked = new CountDownLatch(1);
        server.script(r -> {
            switch (r.role()) {
                case "client" -> clientAsked.countDown();
                case "analysis" -> {
                    return await(clientAsked) ? FakeModelServer.Reply.ok(ANALYSIS_WITH_FLAG)
                            : FakeModelServer.Reply.status(500);
                }
                default -> { }
            }
            return FakeModelServer.valid(r);
        });

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, REPLY);

        // then the two calls were in flight together, so the model's flag is on the turn and in the store
        assertTrue(hasModelFlag(update.flags()), update.flags().toString());
        TurnRecord stored = h.engine.find(id).orElseThrow().lastActive().orElseThrow();
        assertTrue(hasModelFlag(stored.analysis().flags()), stored.analysis().flags().toString());
        assertEquals("What feels heaviest right now?", stored.suggestions().items().get(0).text());
        assertEquals(0, h.roles.usage().usage(id).fallbacks());
    }

    @Test
    void the_line_is_shown_after_the_clients_call_alone_and_the_coaching_follows_it() {
        // given a model whose reading hangs until the client's line has been shown
        String id = h.startSession();
        CountDownLatch lineShown = new CountDownLatch(1);
        server.script(r -> r.role().equals("analysis")
                ? (await(lineShown) ? FakeModelServer.Reply.ok(ANALYSIS_WITH_FLAG) : FakeModelServer.Reply.status(500))
                : FakeModelServer.valid(r));
        int clientBefore = server.requests("client").size();
        int suggestionsBefore = server.requests("suggestions").size();
        AtomicReference<SessionUpdate> line = new AtomicReference<>();
        AtomicReference<List<Integer>> callsAtLine = new AtomicReference<>();

        // when the trainee replies
        SessionUpdate whole = h.engine.reply(id, null, REPLY, null, shown -> {
            callsAtLine.set(List.of(server.requests("client").size() - clientBefore,
                    server.requests("suggestions").size() - suggestionsBefore));
            line.set(shown);
            lineShown.countDown();
        });

        // then the line came after one client call, before any suggestions were asked for
        assertEquals(List.of(1, 0), callsAtLine.get(), "client and suggestions calls when the line was shown");
        assertEquals("yeah. it's just a lot right now", line.get().client().text());
        assertNull(line.get().suggestions());
        assertTrue(line.get().flags().isEmpty(), line.get().flags().toString());
        // and the update returned after it carries the model's flag and the model's suggestions
        assertTrue(hasModelFlag(whole.flags()), whole.flags().toString());
        assertEquals("What feels heaviest right now?", whole.suggestions().items().get(0).text());
        assertEquals(suggestionsBefore + 1, server.requests("suggestions").size());
    }

    private static boolean hasModelFlag(List<Flag> flags) {
        return flags.stream().anyMatch(f -> f.kind() == FlagKind.PREMATURE_ADVICE && f.why().equals(MODEL_WHY));
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
