package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.llm.TurnChecks.authored;
import static org.practicum.core.llm.TurnChecks.fallbackNotice;
import static org.practicum.core.llm.TurnChecks.fallbackOrNull;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practicum.core.session.SessionUpdate;

/**
 * Every provider's real client fails the same way for the trainee: the turn is served offline with a
 * notice saying why, and is stored once. Only the client role is scripted to fail.
 */
class ProviderFallbackTest {

    private static final String REPLY = "that sounds like a lot of pressure building up before the thirteenth.";

    @TempDir
    Path data;

    private FakeModelServer server;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Harness start(FakeDialect dialect, String... overrides) throws Exception {
        server = new FakeModelServer(dialect);
        return Harness.start(data, Harness.env(server, dialect.provider(), overrides), null);
    }

    private void failClient(Function<FakeModelServer.Request, FakeModelServer.Reply> failure) {
        server.script(r -> r.role().equals("client") ? failure.apply(r) : FakeModelServer.valid(r));
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_500_is_retried_twice_and_then_the_offline_line_comes_with_a_notice(FakeDialect dialect) throws Exception {
        // given a model whose client role always answers 500
        Harness h = start(dialect);
        String id = h.startSession();
        failClient(r -> FakeModelServer.Reply.status(500));
        int before = server.requests("client").size();

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, REPLY);

        // then 1 + 2 attempts were made and the authored line was shown with the reason
        assertEquals(3, server.requests("client").size() - before);
        assertTrue(authored(update.client().text()), update.client().text());
        assertTrue(fallbackNotice(update).contains("did not answer"), fallbackNotice(update));
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_model_that_fails_on_the_opening_tells_the_trainee_there_too(FakeDialect dialect) throws Exception {
        // given a model whose client role answers 500 from the first call
        Harness h = start(dialect);
        failClient(r -> FakeModelServer.Reply.status(500));

        // when a session starts
        SessionUpdate opening = h.startUpdate();

        // then the opening is the authored one and the trainee is told why
        assertTrue(authored(opening.client().text()), opening.client().text());
        assertTrue(fallbackNotice(opening).contains("did not answer"), fallbackNotice(opening));
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_429_is_retried_and_the_answer_after_it_is_used_without_a_notice(FakeDialect dialect) throws Exception {
        // given a model that is rate limited twice, then answers
        Harness h = start(dialect);
        String id = h.startSession();
        AtomicInteger calls = new AtomicInteger();
        failClient(r -> calls.getAndIncrement() < 2 ? FakeModelServer.Reply.status(429) : FakeModelServer.valid(r));

        SessionUpdate update = h.engine.reply(id, REPLY);

        assertEquals(3, calls.get());
        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertEquals(null, fallbackOrNull(update));
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_model_rate_limited_past_the_retries_falls_back_with_a_notice(FakeDialect dialect) throws Exception {
        Harness h = start(dialect);
        String id = h.startSession();
        failClient(r -> FakeModelServer.Reply.status(429));
        int before = server.requests("client").size();

        SessionUpdate update = h.engine.reply(id, REPLY);

        assertEquals(3, server.requests("client").size() - before);
        assertTrue(authored(update.client().text()), update.client().text());
        assertTrue(fallbackNotice(update).contains("did not answer"), fallbackNotice(update));
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_model_slower_than_the_timeout_is_not_retried_and_the_turn_is_stored_once(FakeDialect dialect)
            throws Exception {
        // given a one-second timeout and a client role that answers after two and a half
        Harness h = start(dialect, "PRACTICUM_LLM_TIMEOUT_SECONDS", "1");
        String id = h.startSession();
        failClient(r -> new FakeModelServer.Reply(200, FakeModelServer.CLIENT_JSON, 2500, 900));
        int before = server.requests("client").size();

        SessionUpdate update = h.engine.reply(id, REPLY);
        SessionUpdate next = h.engine.reply(id, REPLY);

        assertEquals(2, server.requests("client").size() - before, "one call per turn, no retry");
        assertTrue(fallbackNotice(update).contains("took too long"), fallbackNotice(update));
        assertTrue(authored(update.client().text()), update.client().text());
        assertEquals(2, next.turn());
        assertEquals(3, h.engine.find(id).orElseThrow().activeTurns().size());
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_reply_that_is_not_json_gets_one_repair_request_and_then_the_offline_line(FakeDialect dialect)
            throws Exception {
        Harness h = start(dialect);
        String id = h.startSession();
        failClient(r -> FakeModelServer.Reply.ok("sure! here's my reply: yeah idk"));
        int before = server.requests("client").size();

        SessionUpdate update = h.engine.reply(id, REPLY);

        var sent = server.requests("client");
        assertEquals(2, sent.size() - before);
        assertTrue(sent.get(sent.size() - 1).prompt().contains("was not a valid JSON object"), "repair request");
        assertTrue(fallbackNotice(update).contains("malformed"), fallbackNotice(update));
        assertTrue(authored(update.client().text()), update.client().text());
    }

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void a_body_that_is_not_the_providers_json_falls_back_like_a_failed_call(FakeDialect dialect) throws Exception {
        // given something between us and the model that answers 200 with a web page
        Harness h = start(dialect);
        String id = h.startSession();
        failClient(r -> FakeModelServer.Reply.verbatim("<html><body>Gateway says hello</body></html>"));

        SessionUpdate update = h.engine.reply(id, REPLY);

        assertTrue(authored(update.client().text()), update.client().text());
        assertTrue(fallbackNotice(update).contains("did not answer"), fallbackNotice(update));
        assertEquals(1, update.turn());
    }
}
